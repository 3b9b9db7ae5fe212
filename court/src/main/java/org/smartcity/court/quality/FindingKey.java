package org.smartcity.court.quality;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.smartcity.court.finding.Finding;

/**
 * The identity of a finding as the specification defines it: its kind, the sorted evidence ids and, for
 * {@code missing-evidence}, the missing kind. Two reviews agree on a finding when their keys are equal.
 *
 * @param kind the finding kind code, e.g. {@code amount-contradiction}
 * @param evidence the evidence ids, sorted and without duplicates
 * @param missingKind the missing evidence kind, {@code null} for every other kind
 */
public record FindingKey(String kind, List<String> evidence, String missingKind) implements Comparable<FindingKey> {
    public FindingKey {
        Objects.requireNonNull(kind, "kind");
        evidence = List.copyOf(new TreeSet<>(evidence));
    }

    /** The key of a finding a review raised. */
    public static FindingKey of(Finding f) {
        return new FindingKey(f.kind().code(), f.evidence(), f.missingKind().orElse(null));
    }

    @Override
    public int compareTo(FindingKey o) {
        return toString().compareTo(o.toString());
    }

    /** {@code kind [E1,E2]} or {@code missing-evidence (price-appraisal)}. */
    @Override
    public String toString() {
        String ids = evidence.isEmpty() ? "" : " [" + String.join(",", evidence) + "]";
        return kind + ids + (missingKind == null ? "" : " (" + missingKind + ")");
    }
}
