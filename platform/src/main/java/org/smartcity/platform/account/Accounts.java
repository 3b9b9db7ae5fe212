package org.smartcity.platform.account;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.smartcity.platform.audit.AuditLog;
import org.smartcity.platform.audit.Detail;
import org.smartcity.platform.store.ConflictException;
import org.smartcity.platform.store.Database;

/**
 * Accounts with bcrypt password hashes (Bouncy Castle's {@link OpenBSDBCrypt}, cost {@link #DEFAULT_COST} unless
 * given). Creating or switching off an account is audited. Passwords are {@code char[]} so callers can wipe them.
 * Thread-safe.
 */
public final class Accounts {
    /** bcrypt cost (2^12 rounds, about 0.2 s on one core here). */
    public static final int DEFAULT_COST = 12;

    /** The role of account administrators: the last enabled account holding it cannot be switched off. */
    public static final String ADMIN_ROLE = "ADMIN";

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");
    private static final Pattern ROLE = Pattern.compile("[A-Z_]{1,40}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD_BYTES = 72;

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random;
    private final int cost;
    private final String dummyHash;

    public Accounts(Database db, AuditLog audit, Clock clock, SecureRandom random, int cost) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4..31, got " + cost);
        }
        this.cost = cost;
        this.dummyHash = hash("not-a-real-password".toCharArray());
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException for a bad name, role or password (8..72 UTF-8 bytes)
     * @throws ConflictException when the name is taken
     */
    public Account create(String actor, String name, char[] password, Set<String> roles) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a user name is 1..100 letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("user " + name + " needs at least one role");
        }
        for (String role : roles) {
            if (!ROLE.matcher(role).matches()) {
                throw new IllegalArgumentException("bad role name '" + role + "'");
            }
        }
        checkPassword(password);
        String hash = hash(password);
        Set<String> sorted = new LinkedHashSet<>(roles.stream().sorted().toList());
        String roleText = String.join(",", sorted);
        long now = clock.millis();
        return db.write(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM accounts WHERE name = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        throw new ConflictException("user " + name + " already exists");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO accounts (name, password_hash, roles, created_ms, disabled) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, hash);
                ps.setString(3, roleText);
                ps.setLong(4, now);
                ps.setBoolean(5, false);
                ps.executeUpdate();
            }
            audit.append(c, now, actor, "account.create", null, createDetail(name, roleText, hash));
            return new Account(name, sorted, false);
        });
    }

    /**
     * The detail of an {@code account.create} entry: name, roles and the SHA-256 of the stored bcrypt hash, so a
     * password hash or roles changed in the database no longer match the chain ({@code AuditReplay}).
     */
    public static String createDetail(String name, String roles, String passwordHash) {
        return Detail.of()
                .put("name", name)
                .put("roles", roles)
                .put("password", Sessions.sha256(passwordHash))
                .json();
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD + " characters");
        }
        if (utf8Length(password) > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("a password may have at most " + MAX_PASSWORD_BYTES + " bytes (bcrypt)");
        }
    }

    private static int utf8Length(char[] password) {
        return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining();
    }

    private String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate(password, salt, cost);
    }

    /**
     * The account when the name exists, is not switched off and the password matches; empty otherwise. Unknown
     * names cost the same bcrypt work as wrong passwords.
     */
    public Optional<Account> authenticate(String name, char[] password) {
        if (name == null || password == null || password.length == 0 || utf8Length(password) > MAX_PASSWORD_BYTES) {
            return Optional.empty();
        }
        Optional<Stored> stored = stored(name);
        String hash = stored.map(Stored::hash).orElse(dummyHash);
        boolean ok = OpenBSDBCrypt.checkPassword(hash, password);
        if (!ok || stored.isEmpty() || stored.get().account().disabled()) {
            return Optional.empty();
        }
        return Optional.of(stored.get().account());
    }

    private record Stored(Account account, String hash) {}

    private Optional<Stored> stored(String name) {
        return db.read(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT name, roles, disabled, password_hash FROM accounts WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Stored(account(rs), rs.getString(4))) : Optional.empty();
                }
            }
        });
    }

    /** The account of that name, if any. */
    public Optional<Account> find(String name) {
        return stored(name).map(Stored::account);
    }

    /** Every account, by name. */
    public List<Account> list() {
        return db.read(c -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, roles, disabled FROM accounts ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(account(rs));
                }
            }
            return out;
        });
    }

    /**
     * Switches an account off (its sessions stop working) or on again.
     *
     * @throws IllegalArgumentException when this would switch off the last enabled account holding
     *     {@link #ADMIN_ROLE} (nobody could manage accounts any more); checked in the same transaction as the change
     * @throws ConflictException when there is no such account
     */
    public void setDisabled(String actor, String name, boolean disabled) {
        long now = clock.millis();
        db.write(c -> {
            if (disabled) {
                refuseLastAdministrator(c, name);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE accounts SET disabled = ? WHERE name = ?")) {
                ps.setBoolean(1, disabled);
                ps.setString(2, name);
                if (ps.executeUpdate() == 0) {
                    throw new ConflictException("no user " + name);
                }
            }
            audit.append(
                    c,
                    now,
                    actor,
                    disabled ? "account.disable" : "account.enable",
                    null,
                    Detail.of().put("name", name).json());
            return null;
        });
    }

    private static void refuseLastAdministrator(java.sql.Connection c, String name) throws SQLException {
        boolean targetIsAdmin = false;
        int otherAdmins = 0;
        try (PreparedStatement ps =
                c.prepareStatement("SELECT name, roles, disabled FROM accounts WHERE disabled = ?")) {
            ps.setBoolean(1, false);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Account a = account(rs);
                    if (a.roles().contains(ADMIN_ROLE)) {
                        if (a.name().equals(name)) {
                            targetIsAdmin = true;
                        } else {
                            otherAdmins++;
                        }
                    }
                }
            }
        }
        if (targetIsAdmin && otherAdmins == 0) {
            throw new IllegalArgumentException(
                    name + " is the only enabled administrator; enable or create another one first");
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        Set<String> roles = new LinkedHashSet<>(Arrays.asList(rs.getString(2).split(",")));
        return new Account(rs.getString(1), roles, rs.getBoolean(3));
    }
}
