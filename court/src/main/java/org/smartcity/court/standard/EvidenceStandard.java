package org.smartcity.court.standard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The evidence standard of one charge, read from a versioned data file (see {@code standards/*.json}). Immutable
 * and validated when built.
 */
public final class EvidenceStandard {
    private final String code;
    private final String version;
    private final String nameZh;
    private final String nameEn;
    private final String law;
    private final List<Requirement> required;
    private final List<Threshold> thresholds;
    private final int minimumAge;
    private final Map<Condition, Integer> minimumAgeWhen;
    private final List<Condition> recordingRequiredWhen;
    private final Map<String, BigDecimal> largeDrugQuantity_g;
    private final Set<String> skipRules;

    EvidenceStandard(
            String code,
            String version,
            String nameZh,
            String nameEn,
            String law,
            List<Requirement> required,
            List<Threshold> thresholds,
            int minimumAge,
            Map<Condition, Integer> minimumAgeWhen,
            List<Condition> recordingRequiredWhen,
            Map<String, BigDecimal> largeDrugQuantity_g,
            Set<String> skipRules) {
        this.code = Objects.requireNonNull(code);
        this.version = Objects.requireNonNull(version);
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.law = Objects.requireNonNull(law);
        this.required = List.copyOf(required);
        this.thresholds = List.copyOf(thresholds);
        if (minimumAge < 0 || minimumAge > 18) {
            throw new IllegalArgumentException("minimumAge must be 0–18");
        }
        this.minimumAge = minimumAge;
        this.minimumAgeWhen = Map.copyOf(minimumAgeWhen);
        this.recordingRequiredWhen = List.copyOf(recordingRequiredWhen);
        this.largeDrugQuantity_g = Map.copyOf(largeDrugQuantity_g);
        this.skipRules = Set.copyOf(skipRules);
    }

    /** Charge code, e.g. {@code theft}. */
    public String code() {
        return code;
    }

    /** Version of the standard file, e.g. {@code 2024.1}. */
    public String version() {
        return version;
    }

    /** {@code code@version}. */
    public String label() {
        return code + "@" + version;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The criminal-law article, e.g. 刑法第二百六十四条. */
    public String law() {
        return law;
    }

    public List<Requirement> required() {
        return required;
    }

    public List<Threshold> thresholds() {
        return thresholds;
    }

    /** Age of criminal responsibility for this charge (CL art. 17). */
    public int minimumAge() {
        return minimumAge;
    }

    /** Lower ages that apply when a condition holds (e.g. 14 for injury causing serious injury or death). */
    public Map<Condition, Integer> minimumAgeWhen() {
        return minimumAgeWhen;
    }

    /** Conditions under which the charge is punishable by life or death, so interrogations must be recorded. */
    public List<Condition> recordingRequiredWhen() {
        return recordingRequiredWhen;
    }

    /** Drug name (as written in Chinese, e.g. 海洛因) to the quantity in grams that makes it a large quantity. */
    public Map<String, BigDecimal> largeDrugQuantity_g() {
        return largeDrugQuantity_g;
    }

    /** Rule ids that do not apply to this charge. */
    public Set<String> skipRules() {
        return skipRules;
    }

    @Override
    public String toString() {
        return label();
    }
}
