package org.smartcity.platform.casestore;

/**
 * A person's decision on one finding of one review: {@code decision} is e.g. {@code accept}, {@code dismiss} or
 * {@code cured}; {@code reason} the written reason (may be empty for accept). Kept, never replaced: a later decision
 * on the same finding is a new row.
 */
public record FindingDecision(
        long id,
        long caseId,
        long reviewId,
        String finding,
        String decision,
        String reason,
        long at_ms,
        String actor) {}
