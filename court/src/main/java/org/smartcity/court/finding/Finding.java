package org.smartcity.court.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One flag raised by a review. Immutable.
 *
 * <p>Identity ({@link #identity()}): the kind, the evidence ids (sorted, duplicates removed) and, for
 * {@code missing-evidence}, the missing kind. Two findings with the same identity are the same finding; the
 * review keeps the first. Messages exist in Chinese and English; {@code cites} lists items that support a
 * case-level finding without being part of its identity.
 */
public final class Finding {
    private final FindingKind kind;
    private final Severity severity;
    private final List<String> evidence;
    private final List<String> persons;
    private final String missingKind;
    private final String messageZh;
    private final String messageEn;
    private final String basis;
    private final String rule;
    private final List<String> cites;

    private Finding(Builder b) {
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.severity = b.severity == null ? b.kind.severity() : b.severity;
        this.evidence = List.copyOf(new TreeSet<>(b.evidence));
        if (kind.isCaseLevel() && !evidence.isEmpty()) {
            throw new IllegalArgumentException(kind.code() + " is case-level: its evidence must be empty");
        }
        if ((kind == FindingKind.MISSING_EVIDENCE) != (b.missingKind != null)) {
            throw new IllegalArgumentException("missingKind is required for missing-evidence and only for it");
        }
        this.persons = List.copyOf(new TreeSet<>(b.persons));
        this.missingKind = b.missingKind;
        this.messageZh = Objects.requireNonNull(b.messageZh, "messageZh");
        this.messageEn = Objects.requireNonNull(b.messageEn, "messageEn");
        this.basis = Objects.requireNonNull(b.basis, "basis");
        this.rule = Objects.requireNonNull(b.rule, "rule");
        this.cites = List.copyOf(new TreeSet<>(b.cites));
    }

    /** A builder for a finding of this kind raised by the rule with this id and legal basis. */
    public static Builder of(FindingKind kind, String rule, String basis) {
        return new Builder(kind, rule, basis);
    }

    public FindingKind kind() {
        return kind;
    }

    public Severity severity() {
        return severity;
    }

    /** Evidence ids the finding is about, sorted. */
    public List<String> evidence() {
        return evidence;
    }

    /** Person ids it concerns, sorted. */
    public List<String> persons() {
        return persons;
    }

    /** The missing evidence kind code, for {@code missing-evidence} only. */
    public Optional<String> missingKind() {
        return Optional.ofNullable(missingKind);
    }

    public String message(Language language) {
        return language == Language.ZH ? messageZh : messageEn;
    }

    /** The law the finding rests on, e.g. 刑事诉讼法第一百一十八条. */
    public String basis() {
        return basis;
    }

    /** Id of the rule that raised it. */
    public String rule() {
        return rule;
    }

    /** Items that support a case-level finding (not part of its identity), sorted. */
    public List<String> cites() {
        return cites;
    }

    /** {@code kind|E1,E2|missingKind}: equal for the same finding. */
    public String identity() {
        return kind.code() + "|" + String.join(",", evidence) + "|" + (missingKind == null ? "" : missingKind);
    }

    @Override
    public String toString() {
        return identity() + " (" + rule + ")";
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private final FindingKind kind;
        private final String rule;
        private final String basis;
        private Severity severity;
        private final TreeSet<String> evidence = new TreeSet<>();
        private final TreeSet<String> persons = new TreeSet<>();
        private final TreeSet<String> cites = new TreeSet<>();
        private String missingKind;
        private String messageZh;
        private String messageEn;

        private Builder(FindingKind kind, String rule, String basis) {
            this.kind = kind;
            this.rule = rule;
            this.basis = basis;
        }

        public Builder severity(Severity s) {
            this.severity = s;
            return this;
        }

        public Builder evidence(String... ids) {
            evidence.addAll(List.of(ids));
            return this;
        }

        public Builder evidence(java.util.Collection<String> ids) {
            evidence.addAll(ids);
            return this;
        }

        public Builder persons(java.util.Collection<String> ids) {
            persons.addAll(ids);
            return this;
        }

        public Builder person(String id) {
            if (id != null) {
                persons.add(id);
            }
            return this;
        }

        public Builder cites(java.util.Collection<String> ids) {
            cites.addAll(ids);
            return this;
        }

        public Builder missingKind(String code) {
            this.missingKind = code;
            return this;
        }

        /** The message in Chinese and in English. */
        public Builder message(String zh, String en) {
            this.messageZh = zh;
            this.messageEn = en;
            return this;
        }

        public Finding build() {
            return new Finding(this);
        }
    }
}
