package org.smartcity.platform.casestore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.smartcity.platform.audit.AuditLog;
import org.smartcity.platform.audit.Detail;
import org.smartcity.platform.store.ConflictException;
import org.smartcity.platform.store.Database;
import org.smartcity.platform.store.Rows;

/**
 * Versioned case storage. Documents, reviews and decisions are opaque JSON texts here (the court module gives them
 * meaning); stages are plain names. Every write is one transaction together with its audit entry, and nothing is
 * overwritten: a new document is a new version, a new review or decision a new row. Version entries in the audit
 * log carry the SHA-256 of the document; every entry's detail is built by the static methods here, so
 * {@code integrity.AuditReplay} can recompute it from the rows. Thread-safe.
 */
public final class CaseStore {
    private static final String CASE_COLUMNS = "id, case_ref, title, stage, current_version, returns_count, updated_ms";
    private static final String REVIEW_SELECT =
            "SELECT id, case_id, case_version, at_ms, actor, engine, result FROM reviews";

    /**
     * Every this many versions one is stored whole (versions 1, 17, 33, …); the others as a {@link VersionDelta}
     * against the version before, so reading a version applies at most {@code SNAPSHOT_EVERY - 1} deltas.
     */
    public static final int SNAPSHOT_EVERY = 16;

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;

    public CaseStore(Database db, AuditLog audit, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a new case as version 1.
     *
     * @throws ConflictException when a case with that reference exists
     */
    public StoredCase create(String actor, String caseRef, String title, String stage, String document, String note) {
        long now = clock.millis();
        return db.write(c -> {
            if (findByRef(c, caseRef).isPresent()) {
                throw new ConflictException("case " + caseRef + " already exists; add a version to it instead");
            }
            Rows.update(
                    c,
                    "INSERT INTO cases (case_ref, title, stage, current_version, returns_count, created_ms, updated_ms)"
                            + " VALUES (?, ?, ?, 1, 0, ?, ?)",
                    caseRef,
                    title,
                    stage,
                    now,
                    now);
            StoredCase created = findByRef(c, caseRef).orElseThrow();
            insertVersion(c, created.id(), 1, now, actor, note, document);
            audit.append(c, now, actor, "case.import", caseRef, importDetail(document, note, stage));
            return created;
        });
    }

    /**
     * Stores a new version of a case's document.
     *
     * @param expectedVersion the version the change was made on; a different current version is a conflict
     * @param expectedStage the stage the change was allowed at; a different current stage is a conflict (checked in
     *     the write's transaction, so a transfer that came first wins)
     */
    public StoredCase addVersion(
            String actor,
            long caseId,
            int expectedVersion,
            String expectedStage,
            String title,
            String document,
            String note) {
        long now = clock.millis();
        return db.write(c -> {
            StoredCase current = find(c, caseId).orElseThrow(() -> new ConflictException("no case " + caseId));
            requireState(current, expectedStage, expectedVersion);
            int version = expectedVersion + 1;
            Rows.update(
                    c,
                    "UPDATE cases SET current_version = ?, title = ?, updated_ms = ? WHERE id = ?",
                    version,
                    title,
                    now,
                    caseId);
            insertVersion(c, caseId, version, now, actor, note, document);
            audit.append(c, now, actor, "case.version", current.caseRef(), versionDetail(version, document, note));
            return find(c, caseId).orElseThrow();
        });
    }

    private static void requireStage(StoredCase current, String expectedStage) {
        if (!current.stage().equals(expectedStage)) {
            throw new ConflictException("case " + current.caseRef() + " moved to stage " + current.stage()
                    + " before this change (made at stage " + expectedStage + ") was saved; reload");
        }
    }

    private static void requireState(StoredCase current, String expectedStage, int expectedVersion) {
        requireStage(current, expectedStage);
        if (current.currentVersion() != expectedVersion) {
            throw new ConflictException("case " + current.caseRef() + " is at version " + current.currentVersion()
                    + ", not " + expectedVersion + "; reload and try again");
        }
    }

    /** The detail of a {@code case.version} entry; {@code AuditReplay} recomputes it from the version's row. */
    public static String versionDetail(int version, String document, String note) {
        return Detail.of()
                .put("version", version)
                .put("sha256", sha256(document))
                .put("note", note)
                .json();
    }

    /** The detail of a {@code case.import} entry: version 1 and the stage the case started at. */
    public static String importDetail(String document, String note, String stage) {
        return Detail.of()
                .put("version", 1)
                .put("sha256", sha256(document))
                .put("note", note)
                .put("stage", stage)
                .json();
    }

    /** The part of a {@code review.run} entry's detail that a review's row determines (the findings shown follow). */
    public static String reviewDetailHead(long reviewId, int caseVersion, String engine, String result) {
        String head = Detail.of()
                .put("review", reviewId)
                .put("version", caseVersion)
                .put("engine", engine)
                .put("sha256", sha256(result))
                .json();
        return head.substring(0, head.length() - 1);
    }

    /** The part of a transfer's or return's entry detail that its row determines (extra detail follows). */
    public static String moveDetailHead(String fromStage, String toStage, String reason) {
        String head = Detail.of()
                .put("from", fromStage)
                .put("to", toStage)
                .put("reason", reason)
                .json();
        return head.substring(0, head.length() - 1);
    }

    /** The detail of a {@code finding.*} entry. */
    public static String decisionDetail(long reviewId, String finding, String reason) {
        return Detail.of()
                .put("review", reviewId)
                .put("finding", finding)
                .put("reason", reason)
                .json();
    }

    /** The detail of an {@code evidence.open} entry. */
    public static String openingDetail(String evidenceId, int caseVersion, String stage) {
        return Detail.of()
                .put("evidence", evidenceId)
                .put("version", caseVersion)
                .put("stage", stage)
                .json();
    }

    private static void insertVersion(
            Connection c, long caseId, int version, long now, String actor, String note, String document)
            throws SQLException {
        VersionDelta delta = null;
        if ((version - 1) % SNAPSHOT_EVERY != 0) {
            String base = documentAt(c, caseId, version - 1);
            delta = VersionDelta.between(base, document);
        }
        Rows.update(
                c,
                "INSERT INTO case_versions (case_id, version, at_ms, actor, note, document, base_version, keep_prefix,"
                        + " keep_suffix) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                caseId,
                version,
                now,
                actor,
                note,
                delta == null ? document : delta.middle(),
                delta == null ? null : version - 1,
                delta == null ? 0 : delta.keepPrefix(),
                delta == null ? 0 : delta.keepSuffix());
    }

    /** The whole text of version {@code version}: its last stored snapshot, then every delta up to it. */
    private static String documentAt(Connection c, long caseId, int version) throws SQLException {
        int from;
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM case_versions"
                + " WHERE case_id = ? AND version <= ? AND base_version IS NULL")) {
            ps.setLong(1, caseId);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                from = rs.getInt(1);
            }
        }
        List<CaseVersion> folded = versions(c, caseId, from, version);
        if (folded.isEmpty() || folded.get(folded.size() - 1).version() != version) {
            throw new ConflictException("case " + caseId + " has no version " + version);
        }
        return folded.get(folded.size() - 1).document();
    }

    /**
     * Versions {@code from..to} of a case with their whole documents, oldest first; {@code from} must be a version
     * stored whole (the first, or any snapshot). Public for {@code integrity.AuditReplay}, which reads on its own
     * connection.
     */
    public static List<CaseVersion> versions(Connection c, long caseId, int from, int to) throws SQLException {
        List<CaseVersion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT case_id, version, at_ms, actor, note, document, base_version, keep_prefix, keep_suffix"
                        + " FROM case_versions WHERE case_id = ? AND version BETWEEN ? AND ? ORDER BY version")) {
            ps.setLong(1, caseId);
            ps.setInt(2, from);
            ps.setInt(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                String previous = null;
                while (rs.next()) {
                    String text = rs.getString(6);
                    rs.getInt(7);
                    if (!rs.wasNull()) {
                        if (previous == null || rs.getInt(7) != rs.getInt(2) - 1) {
                            throw new IllegalStateException("case " + caseId + " version " + rs.getInt(2)
                                    + " is stored as a change of a version that is not the one before it");
                        }
                        text = new VersionDelta(rs.getInt(8), rs.getInt(9), text).applyTo(previous);
                    }
                    previous = text;
                    out.add(new CaseVersion(
                            rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5), text));
                }
            }
        }
        return out;
    }

    /**
     * Keeps a review run of version {@code caseVersion}, which must still be the current version at
     * {@code expectedStage} (checked in the write's transaction); {@code auditDetail} (JSON object text) goes into
     * its audit entry.
     */
    public StoredReview saveReview(
            String actor,
            long caseId,
            int caseVersion,
            String expectedStage,
            String engine,
            String result,
            String auditDetail) {
        long now = clock.millis();
        return db.write(c -> {
            StoredCase current = find(c, caseId).orElseThrow(() -> new ConflictException("no case " + caseId));
            requireState(current, expectedStage, caseVersion);
            Rows.update(
                    c,
                    "INSERT INTO reviews (case_id, case_version, at_ms, actor, engine, result) VALUES (?, ?, ?, ?, ?, ?)",
                    caseId,
                    caseVersion,
                    now,
                    actor,
                    engine,
                    result);
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM reviews WHERE case_id = ?")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            audit.append(
                    c,
                    now,
                    actor,
                    "review.run",
                    current.caseRef(),
                    reviewDetailHead(id, caseVersion, engine, result) + ",\"shown\":" + auditDetail + "}");
            return new StoredReview(id, caseId, caseVersion, now, actor, engine, result);
        });
    }

    /**
     * Records a decision on a finding ({@code accept}, {@code dismiss}, {@code cured}, …) with its reason; the case
     * must still be at {@code expectedStage} (checked in the write's transaction).
     */
    public FindingDecision decide(
            String actor,
            long caseId,
            String expectedStage,
            long reviewId,
            String finding,
            String decision,
            String reason) {
        long now = clock.millis();
        return db.write(c -> {
            StoredCase current = find(c, caseId).orElseThrow(() -> new ConflictException("no case " + caseId));
            requireStage(current, expectedStage);
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM reviews WHERE id = ? AND case_id = ?")) {
                ps.setLong(1, reviewId);
                ps.setLong(2, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new ConflictException(
                                "review " + reviewId + " is not a review of case " + current.caseRef());
                    }
                }
            }
            Rows.update(
                    c,
                    "INSERT INTO finding_decisions (case_id, review_id, finding, decision, reason, at_ms, actor)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    caseId,
                    reviewId,
                    finding,
                    decision,
                    reason,
                    now,
                    actor);
            audit.append(
                    c, now, actor, "finding." + decision, current.caseRef(), decisionDetail(reviewId, finding, reason));
            return new FindingDecision(0, caseId, reviewId, finding, decision, reason, now, actor);
        });
    }

    /**
     * Moves a case from {@code fromStage} to {@code toStage}; {@code kind} {@code return} counts a return.
     *
     * @param expectedVersion the version the move was checked on (e.g. which items were opened)
     * @param auditDetail extra JSON object text for the audit entry (e.g. unopened items confirmed)
     * @throws ConflictException when the case is no longer at {@code fromStage} or {@code expectedVersion} (checked in
     *     the write's transaction)
     */
    public StoredCase move(
            String actor,
            long caseId,
            int expectedVersion,
            String fromStage,
            String toStage,
            String kind,
            String reason,
            String auditDetail) {
        long now = clock.millis();
        return db.write(
                c -> moveIn(c, now, actor, caseId, expectedVersion, fromStage, toStage, kind, reason, auditDetail));
    }

    /** {@link #move}'s work on a connection inside a write transaction (also used by {@link Judgments#close}). */
    StoredCase moveIn(
            Connection c,
            long now,
            String actor,
            long caseId,
            int expectedVersion,
            String fromStage,
            String toStage,
            String kind,
            String reason,
            String auditDetail)
            throws SQLException {
        StoredCase current = find(c, caseId).orElseThrow(() -> new ConflictException("no case " + caseId));
        requireState(current, fromStage, expectedVersion);
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE cases SET stage = ?, returns_count = returns_count + ?, updated_ms = ?"
                        + " WHERE id = ? AND stage = ?")) {
            ps.setString(1, toStage);
            ps.setInt(2, "return".equals(kind) ? 1 : 0);
            ps.setLong(3, now);
            ps.setLong(4, caseId);
            ps.setString(5, fromStage);
            if (ps.executeUpdate() == 0) {
                throw new ConflictException(
                        "case " + current.caseRef() + " is at stage " + current.stage() + ", not " + fromStage);
            }
        }
        Rows.update(
                c,
                "INSERT INTO transfers (case_id, from_stage, to_stage, kind, reason, at_ms, actor)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                caseId,
                fromStage,
                toStage,
                kind,
                reason,
                now,
                actor);
        audit.append(
                c,
                now,
                actor,
                "case." + kind,
                current.caseRef(),
                moveDetailHead(fromStage, toStage, reason) + ",\"extra\":" + auditDetail + "}");
        return find(c, caseId).orElseThrow();
    }

    /**
     * Notes that {@code actor} opened an evidence item of a case at a stage; only the first opening per person,
     * item and stage is stored and audited. Returns true when this was the first.
     */
    public boolean markOpened(String actor, long caseId, int caseVersion, String evidenceId, String stage) {
        if (wasOpened(actor, caseId, caseVersion, evidenceId, stage)) {
            return false; // the common case answers without taking the write lock
        }
        long now = clock.millis();
        return db.write(c -> {
            StoredCase current = find(c, caseId).orElseThrow(() -> new ConflictException("no case " + caseId));
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM evidence_opened"
                    + " WHERE case_id = ? AND stage = ? AND evidence_id = ? AND actor = ? AND case_version = ?")) {
                ps.setLong(1, caseId);
                ps.setString(2, stage);
                ps.setString(3, evidenceId);
                ps.setString(4, actor);
                ps.setInt(5, caseVersion);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            Rows.update(
                    c,
                    "INSERT INTO evidence_opened (case_id, case_version, evidence_id, stage, actor, at_ms)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    caseId,
                    caseVersion,
                    evidenceId,
                    stage,
                    actor,
                    now);
            audit.append(
                    c, now, actor, "evidence.open", current.caseRef(), openingDetail(evidenceId, caseVersion, stage));
            return true;
        });
    }

    private boolean wasOpened(String actor, long caseId, int caseVersion, String evidenceId, String stage) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM evidence_opened"
                    + " WHERE case_id = ? AND stage = ? AND evidence_id = ? AND actor = ? AND case_version = ?")) {
                ps.setLong(1, caseId);
                ps.setString(2, stage);
                ps.setString(3, evidenceId);
                ps.setString(4, actor);
                ps.setInt(5, caseVersion);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Evidence ids opened by anyone at {@code stage} of the case's version {@code caseVersion}. */
    public Set<String> openedEvidence(long caseId, int caseVersion, String stage) {
        return new LinkedHashSet<>(db.read(c -> Rows.list(
                c,
                "SELECT DISTINCT evidence_id FROM evidence_opened WHERE case_id = ? AND case_version = ? AND stage = ?",
                rs -> rs.getString(1),
                caseId,
                caseVersion,
                stage)));
    }

    public Optional<StoredCase> find(long caseId) {
        return db.read(c -> find(c, caseId));
    }

    public Optional<StoredCase> findByRef(String caseRef) {
        return db.read(c -> findByRef(c, caseRef));
    }

    /** Every case, most recently changed first. */
    public List<StoredCase> list() {
        return db.read(c -> Rows.list(
                c, "SELECT " + CASE_COLUMNS + " FROM cases ORDER BY updated_ms DESC, id DESC", CaseStore::storedCase));
    }

    /** One version with its whole document (rebuilt from the snapshot and deltas it is stored as). */
    public Optional<CaseVersion> version(long caseId, int version) {
        return db.read(c -> {
            Optional<CaseVersion> head = Rows.first(
                    c,
                    "SELECT case_id, version, at_ms, actor, note FROM case_versions WHERE case_id = ? AND version = ?",
                    rs -> new CaseVersion(
                            rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5), ""),
                    caseId,
                    version);
            if (head.isEmpty()) {
                return head;
            }
            CaseVersion v = head.get();
            return Optional.of(new CaseVersion(
                    v.caseId(), v.version(), v.at_ms(), v.actor(), v.note(), documentAt(c, caseId, version)));
        });
    }

    /** Every version of a case with its whole document, oldest first. */
    public List<CaseVersion> versions(long caseId) {
        return db.read(c -> versions(c, caseId, 1, Integer.MAX_VALUE));
    }

    /** Version metadata of a case, oldest first; {@link CaseVersion#document()} is empty (not loaded). */
    public List<CaseVersion> versionHistory(long caseId) {
        return db.read(c -> Rows.list(
                c,
                "SELECT case_id, version, at_ms, actor, note FROM case_versions WHERE case_id = ? ORDER BY version",
                rs -> new CaseVersion(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5), ""),
                caseId));
    }

    /** The review with that id, if any. */
    public Optional<StoredReview> review(long reviewId) {
        return db.read(c -> Rows.first(c, REVIEW_SELECT + " WHERE id = ?", CaseStore::review, reviewId));
    }

    /** The id of each case's newest review, by case id (cases without a review are absent). One query. */
    public Map<Long, Long> latestReviewIds() {
        return db.read(c -> {
            Map<Long, Long> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT case_id, MAX(id) FROM reviews GROUP BY case_id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /** The findings decided on in each case's newest review, by review id. One query. */
    public Map<Long, Set<String>> decidedInLatestReviews() {
        return db.read(c -> {
            Map<Long, Set<String>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT review_id, finding FROM finding_decisions"
                            + " WHERE review_id IN (SELECT MAX(id) FROM reviews GROUP BY case_id)");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
            return out;
        });
    }

    /** Every review of a case, oldest first. */
    public List<StoredReview> reviews(long caseId) {
        return db.read(c -> Rows.list(c, REVIEW_SELECT + " WHERE case_id = ? ORDER BY id", CaseStore::review, caseId));
    }

    /** The newest review, if any. */
    public Optional<StoredReview> latestReview(long caseId) {
        return db.read(c -> Rows.first(
                c,
                REVIEW_SELECT + " WHERE case_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                CaseStore::review,
                caseId));
    }

    private static StoredReview review(ResultSet rs) throws SQLException {
        return new StoredReview(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7));
    }

    /** Every decision on findings of a case, oldest first. */
    public List<FindingDecision> decisions(long caseId) {
        return db.read(c -> Rows.list(
                c,
                "SELECT id, case_id, review_id, finding, decision, reason, at_ms, actor FROM finding_decisions"
                        + " WHERE case_id = ? ORDER BY id",
                rs -> new FindingDecision(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7),
                        rs.getString(8)),
                caseId));
    }

    /** Every stage change of a case, oldest first. */
    public List<Transfer> transfers(long caseId) {
        return db.read(c -> Rows.list(
                c,
                "SELECT id, case_id, from_stage, to_stage, kind, reason, at_ms, actor FROM transfers"
                        + " WHERE case_id = ? ORDER BY id",
                rs -> new Transfer(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7),
                        rs.getString(8)),
                caseId));
    }

    Optional<StoredCase> find(Connection c, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CASE_COLUMNS + " FROM cases WHERE id = ?")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(storedCase(rs)) : Optional.empty();
            }
        }
    }

    private Optional<StoredCase> findByRef(Connection c, String caseRef) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CASE_COLUMNS + " FROM cases WHERE case_ref = ?")) {
            ps.setString(1, caseRef);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(storedCase(rs)) : Optional.empty();
            }
        }
    }

    private static StoredCase storedCase(ResultSet rs) throws SQLException {
        return new StoredCase(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getInt(6),
                rs.getLong(7));
    }

    /** SHA-256 (hex) of a document's UTF-8 bytes. */
    public static String sha256(String document) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
