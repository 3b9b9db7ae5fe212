package org.smartcity.platform.casestore;

/**
 * The judgment recorded when a case was closed: the case version judged, the review whose findings were checked
 * ({@code 0} when there was none), the judgment itself (opaque JSON text: the court module gives it meaning), the
 * findings closed over while undecided (JSON array text, {@code []} when none) and the reason given for that
 * ({@code ""} when none).
 */
public record StoredJudgment(
        long id,
        long caseId,
        int caseVersion,
        long reviewId,
        String judgment,
        String overridden,
        String overrideReason,
        long at_ms,
        String actor) {}
