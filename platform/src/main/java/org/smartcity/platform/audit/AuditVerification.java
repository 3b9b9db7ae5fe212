package org.smartcity.platform.audit;

import java.util.Optional;

/**
 * The result of walking the audit chain: how many entries were checked, the hash of the last good one (note it
 * elsewhere to detect a cut-off tail later), and the first problem, if any.
 */
public record AuditVerification(long entries, String headHash, Optional<Problem> problem) {

    /** The first entry that breaks the chain: its sequence number (as expected at that position) and why. */
    public record Problem(long seq, String reason) {}

    public boolean intact() {
        return problem.isEmpty();
    }
}
