package org.smartcity.platform.casestore;

import java.util.Objects;

/**
 * A case's current state: internal id, its reference (the case file's {@code caseId}), title, stage name, the
 * newest version number, how many times it was returned for supplementary investigation, and the last change
 * (epoch ms). Immutable.
 */
public record StoredCase(
        long id, String caseRef, String title, String stage, int currentVersion, int returns, long updated_ms) {
    public StoredCase {
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stage, "stage");
    }
}
