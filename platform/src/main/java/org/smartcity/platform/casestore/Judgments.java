package org.smartcity.platform.casestore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.smartcity.platform.audit.AuditLog;
import org.smartcity.platform.audit.Detail;
import org.smartcity.platform.store.ConflictException;
import org.smartcity.platform.store.Database;
import org.smartcity.platform.store.Rows;

/**
 * Judgments recorded when cases close (issue 17, item 10): the move to the closing stage, its transfer row, the
 * judgment row and both audit entries ({@code case.transfer}, then {@code case.judgment}) are one transaction. The
 * judgment entry's detail is built from the row by {@link #detail}, so {@code integrity.AuditReplay} recomputes it.
 * Thread-safe.
 */
public final class Judgments {
    private static final String SELECT = "SELECT id, case_id, case_version, review_id, judgment, overridden,"
            + " override_reason, at_ms, actor FROM judgments";

    private final Database db;
    private final AuditLog audit;
    private final CaseStore cases;
    private final Clock clock;

    public Judgments(Database db, AuditLog audit, CaseStore cases, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a closing records: the judgment and, when findings were closed over undecided, which and why. */
    public record Closing(
            long reviewId, String judgment, String overridden, String overrideReason, String note, String moveExtra) {
        public Closing {
            Objects.requireNonNull(judgment, "judgment");
            Objects.requireNonNull(overridden, "overridden");
            Objects.requireNonNull(overrideReason, "overrideReason");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(moveExtra, "moveExtra");
        }
    }

    /**
     * Moves the case from {@code fromStage} to {@code toStage} and records the judgment, in one transaction.
     *
     * @param expectedVersion the case version the judgment was checked on
     * @throws ConflictException when the case is no longer at {@code fromStage} or {@code expectedVersion}, or a
     *     review newer than {@code closing.reviewId()} was stored meanwhile (its findings were not checked)
     */
    public StoredJudgment close(
            String actor, long caseId, int expectedVersion, String fromStage, String toStage, Closing closing) {
        long now = clock.millis();
        return db.write(c -> {
            long latest = latestReviewId(c, caseId);
            if (latest != closing.reviewId()) {
                throw new ConflictException("a newer review of this case was stored meanwhile; check its findings");
            }
            StoredCase moved = cases.moveIn(
                    c,
                    now,
                    actor,
                    caseId,
                    expectedVersion,
                    fromStage,
                    toStage,
                    "transfer",
                    closing.note(),
                    closing.moveExtra());
            Rows.update(
                    c,
                    "INSERT INTO judgments (case_id, case_version, review_id, judgment, overridden, override_reason,"
                            + " at_ms, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    caseId,
                    expectedVersion,
                    closing.reviewId(),
                    closing.judgment(),
                    closing.overridden(),
                    closing.overrideReason(),
                    now,
                    actor);
            audit.append(
                    c,
                    now,
                    actor,
                    "case.judgment",
                    moved.caseRef(),
                    detail(
                            expectedVersion,
                            closing.reviewId(),
                            closing.judgment(),
                            closing.overridden(),
                            closing.overrideReason()));
            return find(c, caseId).orElseThrow();
        });
    }

    /** The detail of a {@code case.judgment} entry; {@code judgment} and {@code overridden} are JSON texts. */
    public static String detail(
            int caseVersion, long reviewId, String judgment, String overridden, String overrideReason) {
        return Detail.of()
                .put("version", caseVersion)
                .put("review", reviewId)
                .putJson("judgment", judgment)
                .putJson("overridden", overridden)
                .put("override", overrideReason)
                .json();
    }

    /** The newest judgment of a case, if it was closed with one. */
    public Optional<StoredJudgment> of(long caseId) {
        return db.read(c -> find(c, caseId));
    }

    private static Optional<StoredJudgment> find(Connection c, long caseId) throws SQLException {
        return Rows.first(
                c, SELECT + " WHERE case_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", Judgments::row, caseId);
    }

    private static StoredJudgment row(ResultSet rs) throws SQLException {
        return new StoredJudgment(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getLong(8),
                rs.getString(9));
    }

    private static long latestReviewId(Connection c, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM reviews WHERE case_id = ?")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
