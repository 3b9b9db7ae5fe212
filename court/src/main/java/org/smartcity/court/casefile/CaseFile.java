package org.smartcity.court.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One electronic criminal case file (format version 1). Immutable and thread-safe once built; build with
 * {@link #builder(String)}.
 *
 * <p>Invariants: the case id is not blank; person ids and evidence ids are unique (the builder rejects
 * duplicates). Charge codes are kept as written; whether a standard exists for them is the review's concern.
 */
public final class CaseFile {
    /** The only format version this model reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private final String caseId;
    private final String title;
    private final List<String> charges;
    private final Stage stage;
    private final TimeSpan registeredAt;
    private final Offence offence;
    private final List<Person> persons;
    private final List<EvidenceItem> evidence;
    private final Map<String, Person> personsById;
    private final Map<String, EvidenceItem> evidenceById;
    private final Map<String, JsonNode> extras;
    private final List<JsonNode> rejectedPersons;
    private final List<JsonNode> rejectedEvidence;

    private CaseFile(Builder b) {
        if (b.caseId == null || b.caseId.isBlank()) {
            throw new IllegalArgumentException("caseId must not be blank");
        }
        this.caseId = b.caseId;
        this.title = b.title;
        this.charges = List.copyOf(b.charges);
        this.stage = b.stage;
        this.registeredAt = b.registeredAt;
        this.offence = b.offence == null ? Offence.UNKNOWN : b.offence;
        this.persons = List.copyOf(b.persons);
        this.evidence = List.copyOf(b.evidence);
        Map<String, Person> p = new LinkedHashMap<>();
        for (Person person : persons) {
            if (p.put(person.id(), person) != null) {
                throw new IllegalArgumentException("duplicate person id " + person.id());
            }
        }
        Map<String, EvidenceItem> e = new LinkedHashMap<>();
        for (EvidenceItem item : evidence) {
            if (e.put(item.id(), item) != null) {
                throw new IllegalArgumentException("duplicate evidence id " + item.id());
            }
        }
        this.personsById = Map.copyOf(p);
        this.evidenceById = Map.copyOf(e);
        this.extras = Extras.copyOf(b.extras);
        this.rejectedPersons =
                b.rejectedPersons.stream().<JsonNode>map(JsonNode::deepCopy).toList();
        this.rejectedEvidence =
                b.rejectedEvidence.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    }

    public static Builder builder(String caseId) {
        return new Builder(caseId);
    }

    public String caseId() {
        return caseId;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** Charge codes in file order, as written. */
    public List<String> charges() {
        return charges;
    }

    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    public Optional<TimeSpan> registeredAt() {
        return Optional.ofNullable(registeredAt);
    }

    /** The offence as charged; {@link Offence#UNKNOWN} when the file has none. */
    public Offence offence() {
        return offence;
    }

    /** True when the file has an {@code offence} object. */
    boolean hasOffence() {
        return offence != Offence.UNKNOWN;
    }

    public List<Person> persons() {
        return persons;
    }

    /** Evidence in file order. */
    public List<EvidenceItem> evidence() {
        return evidence;
    }

    public Optional<Person> findPerson(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(personsById.get(id));
    }

    public Optional<EvidenceItem> findItem(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(evidenceById.get(id));
    }

    /** Persons with the given role, in file order. */
    public List<Person> personsWithRole(PersonRole role) {
        List<Person> out = new ArrayList<>();
        for (Person p : persons) {
            if (p.is(role)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Evidence of the given kind, in file order. */
    public List<EvidenceItem> itemsOfKind(EvidenceKind kind) {
        List<EvidenceItem> out = new ArrayList<>();
        for (EvidenceItem e : evidence) {
            if (e.is(kind)) {
                out.add(e);
            }
        }
        return out;
    }

    /** True when the person with this id has the role. */
    public boolean hasRole(String personId, PersonRole role) {
        Person p = personId == null ? null : personsById.get(personId);
        return p != null && p.is(role);
    }

    /** Unknown top-level fields kept for the round trip; do not modify the nodes. */
    public Map<String, JsonNode> extras() {
        return extras;
    }

    /** Entries of {@code persons} that could not be read, kept verbatim so that writing loses nothing. */
    public List<JsonNode> rejectedPersons() {
        return rejectedPersons;
    }

    /** Entries of {@code evidence} that could not be read, kept verbatim so that writing loses nothing. */
    public List<JsonNode> rejectedEvidence() {
        return rejectedEvidence;
    }

    @Override
    public String toString() {
        return caseId;
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private final String caseId;
        private String title;
        private final List<String> charges = new ArrayList<>();
        private Stage stage;
        private TimeSpan registeredAt;
        private Offence offence;
        private final List<Person> persons = new ArrayList<>();
        private final List<EvidenceItem> evidence = new ArrayList<>();
        private final Map<String, JsonNode> extras = new LinkedHashMap<>();
        private final List<JsonNode> rejectedPersons = new ArrayList<>();
        private final List<JsonNode> rejectedEvidence = new ArrayList<>();

        private Builder(String caseId) {
            this.caseId = caseId;
        }

        public Builder title(String v) {
            this.title = v;
            return this;
        }

        public Builder charge(String code) {
            this.charges.add(code);
            return this;
        }

        public Builder stage(Stage v) {
            this.stage = v;
            return this;
        }

        public Builder registeredAt(TimeSpan v) {
            this.registeredAt = v;
            return this;
        }

        public Builder offence(Offence v) {
            this.offence = v;
            return this;
        }

        public Builder person(Person p) {
            this.persons.add(p);
            return this;
        }

        public Builder item(EvidenceItem e) {
            this.evidence.add(e);
            return this;
        }

        public Builder extra(String name, JsonNode value) {
            this.extras.put(name, value);
            return this;
        }

        /** Keeps an unreadable {@code persons} entry for the round trip. */
        public Builder rejectedPerson(JsonNode raw) {
            this.rejectedPersons.add(raw);
            return this;
        }

        /** Keeps an unreadable {@code evidence} entry for the round trip. */
        public Builder rejectedItem(JsonNode raw) {
            this.rejectedEvidence.add(raw);
            return this;
        }

        public CaseFile build() {
            return new CaseFile(this);
        }
    }
}
