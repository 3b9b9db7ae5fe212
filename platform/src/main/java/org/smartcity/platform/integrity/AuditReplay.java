package org.smartcity.platform.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smartcity.platform.account.Accounts;
import org.smartcity.platform.account.Sessions;
import org.smartcity.platform.casestore.CaseStore;
import org.smartcity.platform.casestore.CaseVersion;
import org.smartcity.platform.casestore.Judgments;
import org.smartcity.platform.store.Database;

/**
 * Checks that every security-relevant row agrees with the hash-chained audit log (issue 17, item 4). Each row is
 * turned back into the audit entry that wrote it (action, case, actor, time and detail, recomputed with the same
 * builders the writers use) and that entry must be in the log, once; entries of those kinds left over name a row that
 * was removed or changed. State that changes over time is replayed from the chain and compared:
 *
 * <ul>
 *   <li>case versions (document SHA-256), reviews (result SHA-256), finding decisions, transfers and returns,
 *       judgments recorded at closing (verdicts, sentence, findings closed over and the reason), evidence openings:
 *       one entry per row and one row per entry;
 *   <li>a case's stage and return count: the stage it was imported at (in its import entry), then its transfers
 *       and returns in order, must end at the stored stage and count; its version count must match;
 *   <li>accounts: name, roles and password hash (SHA-256 in the {@code account.create} entry); switched off or on
 *       as the last {@code account.disable|enable} entry says;
 *   <li>settings: the value of the last {@code setting.change} entry;
 *   <li>sessions: each live session row has the {@code session.start} entry of its token hash.
 * </ul>
 *
 * <p>Run it after {@code AuditLog.verify()} says the chain itself is intact. Entries written before these details
 * were recorded (no document hash of a review, no stage of an import, no password hash of an account) are accepted
 * in their older form, checking what they hold. Reads everything once; thread-safe.
 */
public final class AuditReplay {
    private static final int SHOWN = 20;

    private final Database db;

    public AuditReplay(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    private record Entry(long at_ms, String actor, String action, String caseRef, String detail) {}

    /** One line per disagreement (at most a few per kind), empty when the stored state is what the chain says. */
    public List<String> problems() {
        return db.read(this::problems);
    }

    private List<String> problems(Connection c) throws SQLException {
        List<Entry> log = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT at_ms, actor, action, case_ref, detail FROM audit_log ORDER BY seq");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                log.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        List<String> problems = new ArrayList<>();
        checkCases(c, log, problems);
        checkAccounts(c, log, problems);
        checkSettings(c, log, problems);
        checkSessions(c, log, problems);
        return problems.size() > SHOWN ? problems.subList(0, SHOWN) : problems;
    }

    /** Entries of some actions as keys, counted; a row consumes the key it recomputes. */
    private static final class Pool {
        final Map<String, Integer> left = new HashMap<>();
        final Map<String, String> caseOf = new HashMap<>();

        void add(String key, String caseRef) {
            left.merge(key, 1, Integer::sum);
            caseOf.put(key, caseRef);
        }

        /** Consumes the first of {@code keys} present; false when none is. */
        boolean take(String... keys) {
            for (String k : keys) {
                Integer n = left.get(k);
                if (n != null && n > 0) {
                    left.put(k, n - 1);
                    return true;
                }
            }
            return false;
        }

        void leftovers(String what, List<String> problems) {
            left.forEach((k, n) -> {
                if (n > 0) {
                    problems.add(what + ": an audit entry has no matching row (row removed or changed): "
                            + k.substring(0, Math.min(k.length(), 160)));
                }
            });
        }
    }

    private static String key(String action, String caseRef, String actor, long at_ms, String detail) {
        return action + "|" + caseRef + "|" + actor + "|" + at_ms + "|" + detail;
    }

    /** The detail up to (not including) {@code ,"field":}, for entries whose tail no row holds. */
    private static String head(String detail, String field) {
        int i = detail.indexOf(",\"" + field + "\":");
        return i < 0 ? detail : detail.substring(0, i);
    }

    private void checkCases(Connection c, List<Entry> log, List<String> problems) throws SQLException {
        Pool versions = new Pool();
        Pool reviews = new Pool();
        Pool decisions = new Pool();
        Pool moves = new Pool();
        Pool openings = new Pool();
        Pool judgments = new Pool();
        for (Entry e : log) {
            String a = e.action();
            if (a.equals("case.import") || a.equals("case.version")) {
                versions.add(key(a, e.caseRef(), e.actor(), e.at_ms(), e.detail()), e.caseRef());
            } else if (a.equals("review.run")) {
                reviews.add(key(a, e.caseRef(), e.actor(), e.at_ms(), head(e.detail(), "shown")), e.caseRef());
            } else if (a.startsWith("finding.")) {
                decisions.add(key(a, e.caseRef(), e.actor(), e.at_ms(), e.detail()), e.caseRef());
            } else if (a.equals("case.transfer") || a.equals("case.return")) {
                moves.add(key(a, e.caseRef(), e.actor(), e.at_ms(), head(e.detail(), "extra")), e.caseRef());
            } else if (a.equals("case.judgment")) {
                judgments.add(key(a, e.caseRef(), e.actor(), e.at_ms(), e.detail()), e.caseRef());
            } else if (a.equals("evidence.open")) {
                openings.add(key(a, e.caseRef(), e.actor(), e.at_ms(), e.detail()), e.caseRef());
            }
        }
        Map<Long, String[]> cases = new LinkedHashMap<>(); // id -> ref, stage, version, returns
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id, case_ref, stage, current_version, returns_count FROM cases ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                cases.put(rs.getLong(1), new String[] {
                    rs.getString(2), rs.getString(3), Integer.toString(rs.getInt(4)), Integer.toString(rs.getInt(5))
                });
            }
        }
        Map<Long, List<String[]>> movesOf = new HashMap<>(); // from, to, kind
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT case_id, from_stage, to_stage, kind, reason, at_ms, actor FROM transfers ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String ref = refOf(cases, rs.getLong(1));
                movesOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                String k = key(
                        "case." + rs.getString(4),
                        ref,
                        rs.getString(7),
                        rs.getLong(6),
                        CaseStore.moveDetailHead(rs.getString(2), rs.getString(3), rs.getString(5)));
                if (!moves.take(k)) {
                    problems.add("case " + ref + ": a transfer or return (" + rs.getString(2) + " -> " + rs.getString(3)
                            + ") has no matching audit entry");
                }
            }
        }
        Map<Long, Integer> versionCount = new HashMap<>();
        List<Long> withVersions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT case_id FROM case_versions ORDER BY case_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                withVersions.add(rs.getLong(1));
            }
        }
        for (long id : withVersions) {
            String ref = refOf(cases, id);
            List<CaseVersion> stored;
            try {
                stored = CaseStore.versions(c, id, 1, Integer.MAX_VALUE);
            } catch (IllegalStateException e) {
                problems.add("case " + ref + ": its stored versions cannot be rebuilt: " + e.getMessage());
                continue;
            }
            for (CaseVersion v : stored) {
                versionCount.merge(id, 1, Integer::sum);
                boolean found;
                if (v.version() == 1) {
                    List<String[]> m = movesOf.getOrDefault(id, List.of());
                    String[] row = cases.get(id);
                    String initial = m.isEmpty() ? (row == null ? "" : row[1]) : m.get(0)[0];
                    found = versions.take(
                            key(
                                    "case.import",
                                    ref,
                                    v.actor(),
                                    v.at_ms(),
                                    CaseStore.importDetail(v.document(), v.note(), initial)),
                            key(
                                    "case.import",
                                    ref,
                                    v.actor(),
                                    v.at_ms(),
                                    CaseStore.versionDetail(1, v.document(), v.note())));
                } else {
                    found = versions.take(key(
                            "case.version",
                            ref,
                            v.actor(),
                            v.at_ms(),
                            CaseStore.versionDetail(v.version(), v.document(), v.note())));
                }
                if (!found) {
                    problems.add(
                            "case " + ref + " version " + v.version()
                                    + " has no matching audit entry (document, note or starting stage changed, or entry missing)");
                }
            }
        }
        for (Map.Entry<Long, String[]> e : cases.entrySet()) {
            String[] row = e.getValue();
            String ref = row[0];
            List<String[]> m = movesOf.getOrDefault(e.getKey(), List.of());
            int returns = 0;
            for (int i = 0; i < m.size(); i++) {
                if (i > 0 && !m.get(i)[0].equals(m.get(i - 1)[1])) {
                    problems.add("case " + ref + ": transfer " + (i + 1) + " starts at stage " + m.get(i)[0]
                            + " but the one before ended at " + m.get(i - 1)[1]);
                }
                if (m.get(i)[2].equals("return")) {
                    returns++;
                }
            }
            if (!m.isEmpty() && !m.get(m.size() - 1)[1].equals(row[1])) {
                problems.add("case " + ref + " is stored at stage " + row[1] + " but its audited transfers end at "
                        + m.get(m.size() - 1)[1]);
            }
            if (returns != Integer.parseInt(row[3])) {
                problems.add("case " + ref + " stores " + row[3] + " returns but the audit log records " + returns);
            }
            int stored = versionCount.getOrDefault(e.getKey(), 0);
            if (stored != Integer.parseInt(row[2])) {
                problems.add("case " + ref + " says version " + row[2] + " but has " + stored + " versions");
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT r.id, r.case_id, r.case_version, r.at_ms, r.actor, r.engine, r.result FROM reviews r"
                                + " ORDER BY r.id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String ref = refOf(cases, rs.getLong(2));
                String full = CaseStore.reviewDetailHead(rs.getLong(1), rs.getInt(3), rs.getString(6), rs.getString(7));
                String older = head(full, "sha256");
                if (!reviews.take(
                        key("review.run", ref, rs.getString(5), rs.getLong(4), full),
                        key("review.run", ref, rs.getString(5), rs.getLong(4), older))) {
                    problems.add("case " + ref + ": stored review " + rs.getLong(1)
                            + " has no matching audit entry (its result was changed, or entry missing)");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT case_id, review_id, finding, decision, reason, at_ms, actor FROM finding_decisions"
                                + " ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String ref = refOf(cases, rs.getLong(1));
                if (!decisions.take(key(
                        "finding." + rs.getString(4),
                        ref,
                        rs.getString(7),
                        rs.getLong(6),
                        CaseStore.decisionDetail(rs.getLong(2), rs.getString(3), rs.getString(5))))) {
                    problems.add("case " + ref + ": the decision '" + rs.getString(4) + "' on finding "
                            + rs.getString(3) + " has no matching audit entry");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT case_id, case_version, evidence_id, stage, actor, at_ms FROM evidence_opened ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String ref = refOf(cases, rs.getLong(1));
                if (!openings.take(key(
                        "evidence.open",
                        ref,
                        rs.getString(5),
                        rs.getLong(6),
                        CaseStore.openingDetail(rs.getString(3), rs.getInt(2), rs.getString(4))))) {
                    problems.add("case " + ref + ": the opening of evidence " + rs.getString(3)
                            + " has no matching audit entry");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, case_version, review_id, judgment, overridden,"
                        + " override_reason, at_ms, actor FROM judgments ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String ref = refOf(cases, rs.getLong(1));
                if (!judgments.take(key(
                        "case.judgment",
                        ref,
                        rs.getString(8),
                        rs.getLong(7),
                        Judgments.detail(
                                rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6))))) {
                    problems.add("case " + ref + ": the recorded judgment (verdicts, sentence or override) has no"
                            + " matching audit entry");
                }
            }
        }
        versions.leftovers("case versions", problems);
        judgments.leftovers("judgments", problems);
        reviews.leftovers("reviews", problems);
        decisions.leftovers("decisions", problems);
        moves.leftovers("transfers", problems);
        openings.leftovers("evidence openings", problems);
    }

    private static String refOf(Map<Long, String[]> cases, long id) {
        String[] row = cases.get(id);
        return row == null ? "#" + id : row[0];
    }

    private void checkAccounts(Connection c, List<Entry> log, List<String> problems) throws SQLException {
        Pool created = new Pool();
        Map<String, Boolean> disabled = new HashMap<>();
        for (Entry e : log) {
            if (e.action().equals("account.create")) {
                created.add(e.at_ms() + "|" + e.detail(), null);
            } else if (e.action().equals("account.disable") || e.action().equals("account.enable")) {
                String name = nameOf(e.detail());
                disabled.put(name, e.action().equals("account.disable"));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT name, password_hash, roles, created_ms, disabled FROM accounts ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                String full = Accounts.createDetail(name, rs.getString(3), rs.getString(2));
                String older = head(full, "password") + "}";
                if (!created.take(rs.getLong(4) + "|" + full, rs.getLong(4) + "|" + older)) {
                    problems.add("account " + name + ": its roles or password hash differ from its audit entry"
                            + " (or the entry is missing)");
                }
                boolean audited = disabled.getOrDefault(name, false);
                if (audited != rs.getBoolean(5)) {
                    problems.add("account " + name + " is stored as " + switched(rs.getBoolean(5))
                            + " but the audit log has it " + switched(audited));
                }
            }
        }
        created.leftovers("accounts", problems);
    }

    private static String switched(boolean off) {
        return off ? "switched off" : "switched on";
    }

    /** The name in a detail {@code {"name":"…"}} as {@code Detail} writes it. */
    private static String nameOf(String detail) {
        if (detail.startsWith("{\"name\":\"") && detail.endsWith("\"}")) {
            return detail.substring(9, detail.length() - 2)
                    .replace("\\\"", "\"")
                    .replace("\\\\", "\\");
        }
        return "";
    }

    private void checkSettings(Connection c, List<Entry> log, List<String> problems) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name, setting_value FROM settings ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String expected = org.smartcity.platform.audit.Detail.of()
                        .put("name", rs.getString(1))
                        .put("value", rs.getString(2))
                        .json();
                String prefix = org.smartcity.platform.audit.Detail.of()
                        .put("name", rs.getString(1))
                        .json();
                prefix = prefix.substring(0, prefix.length() - 1) + ",\"value\":";
                String lastDetail = null;
                for (Entry e : log) {
                    if (e.action().equals("setting.change") && e.detail().startsWith(prefix)) {
                        lastDetail = e.detail();
                    }
                }
                if (!expected.equals(lastDetail)) {
                    problems.add("setting " + rs.getString(1) + " is '" + rs.getString(2)
                            + "' but the audit log's last change of it says otherwise");
                }
            }
        }
    }

    private void checkSessions(Connection c, List<Entry> log, List<String> problems) throws SQLException {
        Pool started = new Pool();
        for (Entry e : log) {
            if (e.action().equals("session.start")) {
                started.add(e.actor() + "|" + e.at_ms() + "|" + e.detail(), null);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT token_sha256, account, created_ms FROM sessions ORDER BY created_ms");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!started.take(
                        rs.getString(2) + "|" + rs.getLong(3) + "|" + Sessions.startDetail(rs.getString(1)))) {
                    problems.add("session of " + rs.getString(2) + " started at " + rs.getLong(3)
                            + " ms has no matching audit entry (inserted or changed in the database)");
                }
            }
        }
    }
}
