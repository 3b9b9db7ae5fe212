package org.smartcity.court.quality;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the review raised on one case file against what its corpus expects. Immutable.
 *
 * @param file the case file's path as given (folder and name)
 * @param expected the expected findings
 * @param raised the findings the review raised
 */
public record FileOutcome(String file, Set<FindingKey> expected, Set<FindingKey> raised) {
    public FileOutcome {
        expected = Set.copyOf(expected);
        raised = Set.copyOf(raised);
    }

    /** Raised but not expected, sorted. */
    public Set<FindingKey> falsePositives() {
        TreeSet<FindingKey> out = new TreeSet<>(raised);
        out.removeAll(expected);
        return out;
    }

    /** Expected but not raised, sorted. */
    public Set<FindingKey> misses() {
        TreeSet<FindingKey> out = new TreeSet<>(expected);
        out.removeAll(raised);
        return out;
    }

    /** Raised and expected, sorted. */
    public Set<FindingKey> matched() {
        TreeSet<FindingKey> out = new TreeSet<>(expected);
        out.retainAll(raised);
        return out;
    }

    /** True when the corpus expects no finding at all for this file. */
    public boolean isClean() {
        return expected.isEmpty();
    }

    /** True when the review raised exactly the expected findings. */
    public boolean isExact() {
        return expected.equals(raised);
    }
}
