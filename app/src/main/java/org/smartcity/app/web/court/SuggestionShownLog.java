package org.smartcity.app.web.court;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.audit.AuditFilter;
import org.smartcity.platform.audit.AuditLog;

/**
 * Decides whether showing a case version's reference to a user is the first showing, so {@code suggestion.shown}
 * is logged once per user and case version (issue 17, item 15). Remembers the showings of this process and, for the
 * first look after a restart, finds earlier ones in the audit log. Two concurrent first views of one user and
 * version log once. Thread-safe.
 */
final class SuggestionShownLog {
    /** The most remembered showings; past it the memory starts again (the audit log still answers). */
    private static final int MAX_REMEMBERED = 100_000;

    /** How many of a user's newest showings of a case are searched for the version after a restart. */
    private static final int SEARCHED = 500;

    private final AuditLog audit;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    SuggestionShownLog(AuditLog audit) {
        this.audit = audit;
    }

    /** True exactly once per user, case and version: when no earlier showing is remembered or logged. */
    boolean firstShowing(String user, String caseRef, int version) {
        if (shown.size() > MAX_REMEMBERED) {
            shown.clear();
        }
        if (!shown.add(user + "\u0000" + caseRef + "\u0000" + version)) {
            return false;
        }
        AuditFilter earlier = new AuditFilter(
                Optional.of(caseRef),
                Optional.of(user),
                Optional.of("suggestion.shown"),
                Optional.empty(),
                Optional.empty());
        for (AuditEntry e : audit.search(earlier, 0, SEARCHED).entries()) {
            if (versionOf(e) == version) {
                return false;
            }
        }
        return true;
    }

    private int versionOf(AuditEntry e) {
        try {
            return json.readTree(e.detail()).path("version").asInt(-1);
        } catch (JsonProcessingException ex) {
            return -1;
        }
    }
}
