package org.smartcity.app.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartcity.app.cli.UserError;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.audit.AuditLog;
import org.smartcity.platform.audit.AuditVerification;

/**
 * A head of the audit chain noted outside the database: after {@code entries} entries the chain's hash was {@code
 * hash}. Written as {@code entries:hash}; an anchor file holds one per line, {@code entries:hash noted-at}.
 *
 * @param entries the number of entries at the time (≥ 0)
 * @param hash the hash of entry {@code entries} (the genesis hash for 0)
 */
record NotedHead(long entries, String hash) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,18}):([0-9a-f]{64})");

    NotedHead {
        if (entries < 0) {
            throw new IllegalArgumentException("entries must be >= 0");
        }
    }

    /** Parses {@code N:HASH}; {@code where} names the option or file line in the error. */
    static NotedHead parse(String text, String where) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new UserError(where + ": expected ENTRIES:HASH (as printed by audit verify, 64 hex digits), got '"
                    + text.trim() + "'");
        }
        return new NotedHead(Long.parseLong(m.group(1)), m.group(2));
    }

    /** The last head noted in an anchor file; empty when the file does not exist yet or holds none. */
    static Optional<NotedHead> lastIn(Path anchor) {
        List<String> lines;
        try {
            lines = Files.readAllLines(anchor, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UserError("--anchor " + anchor + ": cannot read: " + e.getMessage());
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).trim();
            if (!line.isEmpty()) {
                return Optional.of(parse(line.split("\\s+")[0], anchor + " line " + (i + 1)));
            }
        }
        return Optional.empty();
    }

    /** Appends this head, with the time, to an anchor file (created when missing). */
    static void append(Path anchor, NotedHead head) {
        try {
            Files.writeString(
                    anchor,
                    head + " " + Instant.now() + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UserError("--anchor " + anchor + ": cannot write: " + e.getMessage());
        }
    }

    /** Why the verified chain does not hold this head, or empty when it does. */
    Optional<String> problemIn(AuditLog log, AuditVerification chain) {
        if (entries > chain.entries()) {
            return Optional.of("the log has only " + chain.entries() + " entries, " + (entries - chain.entries())
                    + " fewer than noted: its tail was cut off");
        }
        String actual = entries == 0
                ? AuditEntry.GENESIS
                : log.entry(entries).map(AuditEntry::hash).orElse("");
        if (!actual.equals(hash)) {
            return Optional.of("entry " + entries + " now has hash " + actual
                    + ": the chain was rewritten from that entry or before");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return entries + ":" + hash;
    }
}
