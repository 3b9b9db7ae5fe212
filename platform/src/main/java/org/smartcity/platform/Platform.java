package org.smartcity.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.smartcity.platform.account.Accounts;
import org.smartcity.platform.account.Sessions;
import org.smartcity.platform.account.SignInThrottle;
import org.smartcity.platform.audit.AuditLog;
import org.smartcity.platform.casestore.CaseStore;
import org.smartcity.platform.casestore.Judgments;
import org.smartcity.platform.settings.Settings;
import org.smartcity.platform.store.Database;

/**
 * The platform's services on one database, wired by hand. Closing it closes the database. Thread-safe.
 *
 * <pre>{@code
 * try (Platform p = Platform.open(Database.h2Url(dataDir), Accounts.DEFAULT_COST)) {
 *     p.accounts().create("setup", "admin", password, Set.of("ADMIN"));
 * }
 * }</pre>
 */
public final class Platform implements AutoCloseable {
    private final Database db;
    private final AuditLog audit;
    private final Accounts accounts;
    private final Sessions sessions;
    private final SignInThrottle signIns;
    private final Settings settings;
    private final CaseStore cases;
    private final Judgments judgments;

    private Platform(Database db, Clock clock, int bcryptCost) {
        this.db = Objects.requireNonNull(db, "db");
        SecureRandom random = new SecureRandom();
        this.audit = new AuditLog(db);
        this.accounts = new Accounts(db, audit, clock, random, bcryptCost);
        this.sessions = new Sessions(db, audit, clock, random, Duration.ofHours(8));
        this.signIns = new SignInThrottle(db, audit, clock);
        this.settings = new Settings(db, audit, clock);
        this.cases = new CaseStore(db, audit, clock);
        this.judgments = new Judgments(db, audit, cases, clock);
    }

    /** Opens (and migrates) the database at {@code jdbcUrl}; {@code bcryptCost} 4 is only for tests. */
    public static Platform open(String jdbcUrl, int bcryptCost) {
        return new Platform(Database.open(jdbcUrl), Clock.systemUTC(), bcryptCost);
    }

    public Database database() {
        return db;
    }

    public AuditLog audit() {
        return audit;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Sessions sessions() {
        return sessions;
    }

    /** The limits on failed sign-ins, shared by every sign-in form of this process. */
    public SignInThrottle signIns() {
        return signIns;
    }

    public Settings settings() {
        return settings;
    }

    public CaseStore cases() {
        return cases;
    }

    /** Judgments recorded when cases close (issue 17, item 10). */
    public Judgments judgments() {
        return judgments;
    }

    /**
     * Where the stored state (cases, reviews, decisions, transfers, judgments, openings, accounts, settings, sessions) disagrees
     * with the audit log, one line each; empty when it agrees. Check {@code audit().verify()} first.
     */
    public java.util.List<String> stateProblems() {
        return new org.smartcity.platform.integrity.AuditReplay(db).problems();
    }

    @Override
    public void close() {
        db.close();
    }
}
