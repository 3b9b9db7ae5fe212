package org.smartcity.court.rule;

import java.util.List;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * One check of a case file. Implementations are small, stateless and thread-safe, and are registered explicitly
 * in {@link RuleRegistry}.
 */
public interface Rule {
    /** Stable id, e.g. {@code interrogation.two-investigators}; named in every finding the rule raises. */
    String id();

    /** The kind of finding it raises. */
    FindingKind kind();

    /** The legal basis named in its findings, e.g. 刑事诉讼法第一百一十八条. */
    String basis();

    /** The findings for one case; empty when the case passes. Never null; must not throw on odd input. */
    List<Finding> check(ReviewContext context);
}
