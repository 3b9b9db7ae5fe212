package org.smartcity.platform.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import org.smartcity.platform.audit.AuditLog;
import org.smartcity.platform.audit.Detail;
import org.smartcity.platform.store.Database;

/**
 * Server-side sessions: 256-bit random tokens (URL-safe Base64), stored as their SHA-256 so a copy of the database
 * does not hand out live sessions; each with its own CSRF token. Sign-in and sign-out are audited. Thread-safe.
 */
public final class Sessions {
    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration lifetime;

    public Sessions(Database db, AuditLog audit, Clock clock, SecureRandom random, Duration lifetime) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    }

    /** Starts a session for an authenticated account (and drops expired sessions). */
    public Session start(Account account) {
        String token = randomToken();
        String csrf = randomToken();
        long now = clock.millis();
        long expires = now + lifetime.toMillis();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE expires_ms <= ?")) {
                ps.setLong(1, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sessions (token_sha256, account, csrf_token, created_ms, expires_ms)"
                            + " VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, sha256(token));
                ps.setString(2, account.name());
                ps.setString(3, csrf);
                ps.setLong(4, now);
                ps.setLong(5, expires);
                ps.executeUpdate();
            }
            audit.append(c, now, account.name(), "session.start", null, startDetail(sha256(token)));
            return null;
        });
        return new Session(token, csrf, account, expires);
    }

    /** The live session of {@code token}: not expired, account not switched off. */
    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        long now = clock.millis();
        return db.read(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT s.csrf_token, s.expires_ms, a.name, a.roles, a.disabled FROM sessions s"
                            + " JOIN accounts a ON a.name = s.account WHERE s.token_sha256 = ?")) {
                ps.setString(1, sha256(token));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getLong(2) <= now || rs.getBoolean(5)) {
                        return Optional.empty();
                    }
                    Account account = new Account(
                            rs.getString(3),
                            new LinkedHashSet<>(Arrays.asList(rs.getString(4).split(","))),
                            false);
                    return Optional.of(new Session(token, rs.getString(1), account, rs.getLong(2)));
                }
            }
        });
    }

    /** Ends the session of {@code token} (no effect when there is none). */
    public void end(String token) {
        Optional<Session> session = find(token);
        if (session.isEmpty()) {
            return;
        }
        long now = clock.millis();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE token_sha256 = ?")) {
                ps.setString(1, sha256(token));
                ps.executeUpdate();
            }
            audit.append(
                    c,
                    now,
                    session.get().account().name(),
                    "session.end",
                    null,
                    Detail.of().json());
            return null;
        });
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The detail of a {@code session.start} entry: the stored token hash, binding the session's row to the chain. */
    public static String startDetail(String tokenSha256) {
        return Detail.of().put("session", tokenSha256).json();
    }

    /** SHA-256 (hex) of a text's UTF-8 bytes. */
    public static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
