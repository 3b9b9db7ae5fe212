package org.smartcity.court.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The alleged facts as charged ({@code offence} in the file). Every field is optional. Immutable; build with
 * {@link #builder()}.
 */
public final class Offence {
    /** An offence with no field set. */
    public static final Offence UNKNOWN = builder().build();

    private final TimeSpan time;
    private final String place;
    private final BigDecimal amount_cny;
    private final BigDecimal bloodAlcohol_mg100ml;
    private final InjuryGrade injuryGrade;
    private final BigDecimal drugWeight_g;
    private final String text;
    private final Map<String, JsonNode> extras;

    private Offence(Builder b) {
        this.time = b.time;
        this.place = b.place;
        this.amount_cny = b.amount_cny;
        this.bloodAlcohol_mg100ml = b.bloodAlcohol_mg100ml;
        this.injuryGrade = b.injuryGrade;
        this.drugWeight_g = b.drugWeight_g;
        this.text = b.text;
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

    /** The written statement of facts; empty string when absent. */
    public String text() {
        return text == null ? "" : text;
    }

    /** True when the file has a {@code text} field. */
    public boolean hasText() {
        return text != null;
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
        private String text;
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

        public Builder text(String v) {
            this.text = v;
            return this;
        }

        public Builder extra(String name, JsonNode value) {
            this.extras.put(name, value);
            return this;
        }

        public Offence build() {
            return new Offence(this);
        }
    }
}
