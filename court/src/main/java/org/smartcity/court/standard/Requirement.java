package org.smartcity.court.standard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.PersonRole;

/**
 * One required kind of evidence of a standard. Immutable.
 *
 * @param anyOf kinds any one of which satisfies the requirement; the first is reported when none is present
 * @param subjectRole when set, the item's {@code subject} must have this role (e.g. the victim's inquiry record)
 * @param perSuspect when true, every suspect needs one item with the suspect as subject
 * @param when the requirement applies only when this condition holds (empty: always)
 * @param unless the requirement does not apply when this condition holds (empty: never waived)
 */
public record Requirement(
        List<EvidenceKind> anyOf,
        Optional<PersonRole> subjectRole,
        boolean perSuspect,
        Optional<Condition> when,
        Optional<Condition> unless) {
    public Requirement {
        anyOf = List.copyOf(anyOf);
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("a requirement needs at least one kind");
        }
        Objects.requireNonNull(subjectRole);
        Objects.requireNonNull(when);
        Objects.requireNonNull(unless);
    }

    /** The kind reported as missing. */
    public EvidenceKind reportedKind() {
        return anyOf.get(0);
    }
}
