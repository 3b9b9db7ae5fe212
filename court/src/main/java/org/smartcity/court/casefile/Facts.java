package org.smartcity.court.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Structured facts an evidence item states about the offence ({@code facts} in the file). Every field is
 * optional. Immutable; build with {@link #builder()}.
 */
public final class Facts {
    /** Facts with no field set. */
    public static final Facts NONE = builder().build();

    private final TimeSpan time;
    private final String place;
    private final BigDecimal amount_cny;
    private final BigDecimal bloodAlcohol_mg100ml;
    private final InjuryGrade injuryGrade;
    private final BigDecimal drugWeight_g;
    private final String identifiedPerson;
    private final Integer lineupSize;
    private final List<String> items;
    private final Map<String, JsonNode> extras;

    private Facts(Builder b) {
        if (b.lineupSize != null && b.lineupSize < 0) {
            throw new IllegalArgumentException("lineupSize must not be negative: " + b.lineupSize);
        }
        this.time = b.time;
        this.place = b.place;
        this.amount_cny = b.amount_cny;
        this.bloodAlcohol_mg100ml = b.bloodAlcohol_mg100ml;
        this.injuryGrade = b.injuryGrade;
        this.drugWeight_g = b.drugWeight_g;
        this.identifiedPerson = b.identifiedPerson;
        this.lineupSize = b.lineupSize;
        this.items = b.items == null ? null : List.copyOf(b.items);
        this.extras = Extras.copyOf(b.extras);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<TimeSpan> time() {
        return Optional.ofNullable(time);
    }

    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    public Optional<BigDecimal> amount_cny() {
        return Optional.ofNullable(amount_cny);
    }

    public Optional<BigDecimal> bloodAlcohol_mg100ml() {
        return Optional.ofNullable(bloodAlcohol_mg100ml);
    }

    public Optional<InjuryGrade> injuryGrade() {
        return Optional.ofNullable(injuryGrade);
    }

    public Optional<BigDecimal> drugWeight_g() {
        return Optional.ofNullable(drugWeight_g);
    }

    /** Person id of the person an identification picked. */
    public Optional<String> identifiedPerson() {
        return Optional.ofNullable(identifiedPerson);
    }

    /** Number of people (or photos) in a line-up. */
    public Optional<Integer> lineupSize() {
        return Optional.ofNullable(lineupSize);
    }

    /** Items listed (seizure and return lists); empty when the field is absent. */
    public Optional<List<String>> items() {
        return Optional.ofNullable(items);
    }

    /** Unknown fields kept for the round trip; do not modify the nodes. */
    public Map<String, JsonNode> extras() {
        return extras;
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private TimeSpan time;
        private String place;
        private BigDecimal amount_cny;
        private BigDecimal bloodAlcohol_mg100ml;
        private InjuryGrade injuryGrade;
        private BigDecimal drugWeight_g;
        private String identifiedPerson;
        private Integer lineupSize;
        private List<String> items;
        private final Map<String, JsonNode> extras = new LinkedHashMap<>();

        private Builder() {}

        public Builder time(TimeSpan v) {
            this.time = v;
            return this;
        }

        public Builder place(String v) {
            this.place = v;
            return this;
        }

        public Builder amount_cny(BigDecimal v) {
            this.amount_cny = v;
            return this;
        }

        public Builder bloodAlcohol_mg100ml(BigDecimal v) {
            this.bloodAlcohol_mg100ml = v;
            return this;
        }

        public Builder injuryGrade(InjuryGrade v) {
            this.injuryGrade = v;
            return this;
        }

        public Builder drugWeight_g(BigDecimal v) {
            this.drugWeight_g = v;
            return this;
        }

        public Builder identifiedPerson(String v) {
            this.identifiedPerson = v;
            return this;
        }

        public Builder lineupSize(Integer v) {
            this.lineupSize = v;
            return this;
        }

        public Builder items(List<String> v) {
            this.items = v;
            return this;
        }

        public Builder extra(String name, JsonNode value) {
            this.extras.put(name, value);
            return this;
        }

        public Facts build() {
            return new Facts(this);
        }
    }
}
