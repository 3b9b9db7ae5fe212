package org.smartcity.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit log: who ({@code actor}) did what ({@code action}, e.g. {@code finding.dismiss}) to which
 * case ({@code caseRef}, absent for account actions) when ({@code at_ms}, epoch milliseconds UTC), with a JSON
 * {@code detail}; {@code prevHash} is the hash of entry {@code seq − 1} ({@link #GENESIS} for the first) and
 * {@code hash} is {@link #hashOf} over all other fields. Immutable.
 */
public record AuditEntry(
        long seq,
        long at_ms,
        String actor,
        String action,
        String caseRef,
        String detail,
        String prevHash,
        String hash) {

    /** The previous hash of entry 1. */
    public static final String GENESIS = "0".repeat(64);

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The case reference, if the entry concerns a case. */
    public Optional<String> caseRefIfAny() {
        return Optional.ofNullable(caseRef);
    }

    /**
     * SHA-256 (lower-case hex) of the canonical form: each field as {@code name=length:value\n} in the order seq,
     * at_ms, actor, action, caseRef (empty when absent, with length −1), detail, prevHash. Length prefixes make
     * the encoding unambiguous whatever the fields contain.
     */
    public static String hashOf(
            long seq, long at_ms, String actor, String action, String caseRef, String detail, String prevHash) {
        StringBuilder canonical = new StringBuilder(128 + detail.length());
        field(canonical, "seq", Long.toString(seq));
        field(canonical, "at_ms", Long.toString(at_ms));
        field(canonical, "actor", actor);
        field(canonical, "action", action);
        if (caseRef == null) {
            canonical.append("caseRef=-1:\n");
        } else {
            field(canonical, "caseRef", caseRef);
        }
        field(canonical, "detail", detail);
        field(canonical, "prevHash", prevHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name)
                .append('=')
                .append(value.length())
                .append(':')
                .append(value)
                .append('\n');
    }

    /** True when {@link #hash} matches the other fields. */
    public boolean hashMatches() {
        return hash.equals(hashOf(seq, at_ms, actor, action, caseRef, detail, prevHash));
    }
}
