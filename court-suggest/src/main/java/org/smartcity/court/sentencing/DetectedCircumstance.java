package org.smartcity.court.sentencing;

import java.util.Optional;

/**
 * A circumstance found in the facts, whether it is applied, and why not when it is not. Immutable.
 *
 * @param rule the circumstance
 * @param mention where it was found
 * @param applied true when the calculator applies it
 * @param reason why it is not applied (another circumstance excludes it, the charge does not take it); empty when
 *     applied
 */
public record DetectedCircumstance(CircumstanceRule rule, Mention mention, boolean applied, Optional<String> reason) {}
