package org.smartcity.court.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person the case file names. Immutable; build with {@link #builder(String)}. The id is required and not blank;
 * every other field is optional (a role the reader did not know is kept in {@link #extras()}).
 */
public final class Person {
    private final String id;
    private final PersonRole role;
    private final String name;
    private final String gender;
    private final LocalDate birthDate;
    private final String idNumber;
    private final String organisation;
    private final String qualification;
    private final Map<String, JsonNode> extras;

    private Person(Builder b) {
        if (b.id == null || b.id.isBlank()) {
            throw new IllegalArgumentException("person id must not be blank");
        }
        this.id = b.id;
        this.role = b.role;
        this.name = b.name;
        this.gender = b.gender;
        this.birthDate = b.birthDate;
        this.idNumber = b.idNumber;
        this.organisation = b.organisation;
        this.qualification = b.qualification;
        this.extras = Extras.copyOf(b.extras);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public String id() {
        return id;
    }

    public Optional<PersonRole> role() {
        return Optional.ofNullable(role);
    }

    /** True when the person has the given role. */
    public boolean is(PersonRole r) {
        return role == r;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> gender() {
        return Optional.ofNullable(gender);
    }

    /** The birth date as written in {@code birthDate}. */
    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    public Optional<String> idNumber() {
        return Optional.ofNullable(idNumber);
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(organisation);
    }

    /** Certificate number of an expert or licence of an expert institution; blank counts as absent. */
    public Optional<String> qualification() {
        return Optional.ofNullable(qualification).filter(q -> !q.isBlank());
    }

    /**
     * The birth date from {@code birthDate}, else from digits 7–14 of an 18-digit resident ID number; empty when
     * neither gives a valid date.
     */
    public Optional<LocalDate> knownBirthDate() {
        if (birthDate != null) {
            return Optional.of(birthDate);
        }
        return birthDateOfIdNumber(idNumber);
    }

    /** The birth date encoded in an 18-digit resident ID number (digits 7–14), if it is a valid date. */
    public static Optional<LocalDate> birthDateOfIdNumber(String idNumber) {
        if (idNumber == null || idNumber.length() != 18) {
            return Optional.empty();
        }
        String digits = idNumber.substring(6, 14);
        if (!digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(
                    digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6, 8)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Unknown fields (for example {@code priorConvictions}) kept for the round trip; do not modify the nodes. */
    public Map<String, JsonNode> extras() {
        return extras;
    }

    @Override
    public String toString() {
        return id + (name == null ? "" : " " + name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person p
                && p.id.equals(id)
                && p.role == role
                && Objects.equals(p.name, name)
                && Objects.equals(p.birthDate, birthDate)
                && Objects.equals(p.idNumber, idNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, role, name);
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private final String id;
        private PersonRole role;
        private String name;
        private String gender;
        private LocalDate birthDate;
        private String idNumber;
        private String organisation;
        private String qualification;
        private final Map<String, JsonNode> extras = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder role(PersonRole v) {
            this.role = v;
            return this;
        }

        public Builder name(String v) {
            this.name = v;
            return this;
        }

        public Builder gender(String v) {
            this.gender = v;
            return this;
        }

        public Builder birthDate(LocalDate v) {
            this.birthDate = v;
            return this;
        }

        public Builder idNumber(String v) {
            this.idNumber = v;
            return this;
        }

        public Builder organisation(String v) {
            this.organisation = v;
            return this;
        }

        public Builder qualification(String v) {
            this.qualification = v;
            return this;
        }

        public Builder extra(String name, JsonNode value) {
            this.extras.put(name, value);
            return this;
        }

        public Person build() {
            return new Person(this);
        }
    }
}
