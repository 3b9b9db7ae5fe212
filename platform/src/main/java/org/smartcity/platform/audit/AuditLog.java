package org.smartcity.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smartcity.platform.store.Database;
import org.smartcity.platform.store.Rows;

/**
 * The append-only, hash-chained audit log. Entries are appended inside the caller's write transaction
 * ({@link Database#write}), so an action and its entry are committed together or not at all; the database's single
 * writer keeps the sequence gap-free. Nothing here updates or deletes an entry. Thread-safe.
 */
public final class AuditLog {
    private final Database db;

    public AuditLog(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Appends an entry on {@code c}, which must be a connection of a {@link Database#write} transaction.
     *
     * @param detail a JSON object text; stored and hashed exactly as given
     */
    public AuditEntry append(Connection c, long at_ms, String actor, String action, String caseRef, String detail)
            throws SQLException {
        long seq = 1;
        String prev = AuditEntry.GENESIS;
        try (PreparedStatement last =
                c.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
            try (ResultSet rs = last.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getLong(1) + 1;
                    prev = rs.getString(2);
                }
            }
        }
        String hash = AuditEntry.hashOf(seq, at_ms, actor, action, caseRef, detail, prev);
        Rows.update(
                c,
                "INSERT INTO audit_log (seq, at_ms, actor, action, case_ref, detail, prev_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                seq,
                at_ms,
                actor,
                action,
                caseRef,
                detail,
                prev,
                hash);
        return new AuditEntry(seq, at_ms, actor, action, caseRef, detail, prev, hash);
    }

    /** Entries about one case, oldest first. */
    public List<AuditEntry> forCase(String caseRef) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at_ms, actor, action, case_ref, detail, prev_hash, hash FROM audit_log"
                            + " WHERE case_ref = ? ORDER BY seq")) {
                ps.setString(1, caseRef);
                return entries(ps);
            }
        });
    }

    /** The newest {@code limit} entries about one case, oldest first. */
    public List<AuditEntry> recentForCase(String caseRef, int limit) {
        List<AuditEntry> newestFirst = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at_ms, actor, action, case_ref, detail, prev_hash, hash FROM audit_log"
                            + " WHERE case_ref = ? ORDER BY seq DESC FETCH FIRST ? ROWS ONLY")) {
                ps.setString(1, caseRef);
                ps.setInt(2, limit);
                return entries(ps);
            }
        });
        List<AuditEntry> out = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at_ms, actor, action, case_ref, detail, prev_hash, hash FROM audit_log"
                            + " ORDER BY seq DESC FETCH FIRST ? ROWS ONLY")) {
                ps.setInt(1, limit);
                return entries(ps);
            }
        });
    }

    /**
     * One page of the entries {@code filter} selects, newest first, and how many it selects in all. The filter's
     * values are bound as parameters, never written into the SQL.
     */
    public AuditPage search(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        List<Object> args = new ArrayList<>();
        String where = filter.where(args);
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_log" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at_ms, actor, action, case_ref, detail, prev_hash, hash FROM audit_log" + where
                            + " ORDER BY seq DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                bind(ps, args);
                ps.setInt(args.size() + 1, offset);
                ps.setInt(args.size() + 2, limit);
                return new AuditPage(entries(ps), total);
            }
        });
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    /** The entry with sequence number {@code seq}, if there is one. */
    public Optional<AuditEntry> entry(long seq) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at_ms, actor, action, case_ref, detail, prev_hash, hash FROM audit_log WHERE seq = ?")) {
                ps.setLong(1, seq);
                return entries(ps).stream().findFirst();
            }
        });
    }

    /** Number of entries. */
    public long size() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_log");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Walks the whole chain in sequence order and reports the first entry that was altered (its hash no longer
     * matches its fields), removed (a gap in the sequence), inserted or reordered (its previous hash is not the
     * hash of the entry before it). A cut-off tail is only visible against a head hash noted earlier.
     */
    public AuditVerification verify() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at_ms, actor, action, case_ref, detail, prev_hash, hash FROM audit_log ORDER BY seq")) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    long expectedSeq = 1;
                    String prev = AuditEntry.GENESIS;
                    while (rs.next()) {
                        AuditEntry e = entry(rs);
                        Optional<AuditVerification.Problem> problem = check(e, expectedSeq, prev);
                        if (problem.isPresent()) {
                            return new AuditVerification(expectedSeq - 1, prev, problem);
                        }
                        prev = e.hash();
                        expectedSeq++;
                    }
                    return new AuditVerification(expectedSeq - 1, prev, Optional.empty());
                }
            }
        });
    }

    private static Optional<AuditVerification.Problem> check(AuditEntry e, long expectedSeq, String prev) {
        if (e.seq() != expectedSeq) {
            return Optional.of(new AuditVerification.Problem(
                    expectedSeq,
                    e.seq() > expectedSeq
                            ? "entry " + expectedSeq + " is missing (next entry is " + e.seq() + ")"
                            : "entry " + e.seq() + " appears out of order"));
        }
        if (!e.hashMatches()) {
            return Optional.of(new AuditVerification.Problem(
                    e.seq(), "entry " + e.seq() + " was altered (its hash does not match its fields)"));
        }
        if (!e.prevHash().equals(prev)) {
            return Optional.of(new AuditVerification.Problem(
                    e.seq(),
                    "entry " + e.seq() + " does not follow entry " + (e.seq() - 1)
                            + " (previous hash differs: entries removed, replaced or reordered)"));
        }
        return Optional.empty();
    }

    private static List<AuditEntry> entries(PreparedStatement ps) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(entry(rs));
            }
        }
        return out;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }
}
