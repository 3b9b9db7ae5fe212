/**
 * Smart court, the review core: case files, evidence standards as data, evidence checks, text extraction, review,
 * report, quality, workflow and intake. No web, no storage and no search or suggestion engine; the module {@code
 * court-suggest} (suggestion, case library, sentencing reference) builds on this one, and the {@code app} module wires
 * both to the CLI and the server.
 */
package org.smartcity.court;
