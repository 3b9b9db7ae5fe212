package org.smartcity.platform.audit;

import java.util.List;

/**
 * One page of a filtered look at the audit log: the entries, newest first, and how many entries the filter selects
 * in all (for paging).
 */
public record AuditPage(List<AuditEntry> entries, long total) {
    public AuditPage {
        entries = List.copyOf(entries);
    }
}
