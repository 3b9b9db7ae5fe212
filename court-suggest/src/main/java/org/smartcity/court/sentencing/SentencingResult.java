package org.smartcity.court.sentencing;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The guideline calculation for one fact text: the charge and how it was chosen, the quantity and tier found, every
 * step with its rule, percentage, source and running result, the circumstances found (applied or not, and why), the
 * resulting term, and plainly what could not be determined. Immutable.
 *
 * @param status how far the calculation got
 * @param rulesVersion the version of the rules used
 * @param rulesOrigin the file they came from
 * @param charge the charge chosen and why
 * @param quantity the quantity read from the facts, if any
 * @param tier the statutory tier chosen, if any
 * @param tierBasis why this tier (or why none), in both languages
 * @param steps the calculation, in order
 * @param circumstances the circumstances found in the facts
 * @param months the resulting term in months (2 decimals); empty unless {@link Status#CALCULATED}
 * @param problems what could not be determined, one sentence each, in both languages
 * @param notes limits of the result the reader should know, in both languages
 */
public record SentencingResult(
        Status status,
        String rulesVersion,
        String rulesOrigin,
        ChargeChoice charge,
        Optional<MeasuredQuantity> quantity,
        Optional<Tier> tier,
        Wording tierBasis,
        List<SentencingStep> steps,
        List<DetectedCircumstance> circumstances,
        OptionalDouble months,
        List<Wording> problems,
        List<Wording> notes) {
    public SentencingResult {
        steps = List.copyOf(steps);
        circumstances = List.copyOf(circumstances);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        if ((status == Status.CALCULATED) != months.isPresent()) {
            throw new IllegalArgumentException("a calculated result has months, and only it");
        }
    }

    /** How far a calculation got. */
    public enum Status {
        /** A term was calculated (see {@link #problems()} for parts that were left out, e.g. a missing amount). */
        CALCULATED,
        /** Only the statutory range is known: the rules give no starting point for the tier. */
        RANGE_ONLY,
        /** Nothing could be calculated: no usable text, no charge with rules, or no tier. */
        NOT_CALCULATED
    }
}
