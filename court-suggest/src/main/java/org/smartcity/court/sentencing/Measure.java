package org.smartcity.court.sentencing;

import java.util.Arrays;
import java.util.Optional;

/** What a charge's tiers and increments are measured in. */
public enum Measure {
    /** Money involved, in yuan (theft, fraud, robbery). */
    AMOUNT_CNY("amount_cny", "元"),
    /** Drug weight in grams of heroin equivalent (the charge's drug kinds convert). */
    DRUG_G("drug_g", "g (海洛因 equivalent)"),
    /** Blood alcohol in mg/100 ml. */
    BLOOD_ALCOHOL("blood_alcohol", "mg/100ml"),
    /** No quantity: tiers are chosen by wording only (e.g. injury grade). */
    NONE("none", "");

    private final String jsonName;
    private final String unit;

    Measure(String jsonName, String unit) {
        this.jsonName = jsonName;
        this.unit = unit;
    }

    /** The name used in rules files. */
    public String jsonName() {
        return jsonName;
    }

    /** The unit shown after a value. */
    public String unit() {
        return unit;
    }

    /** The measure with this rules-file name. */
    public static Optional<Measure> ofJsonName(String name) {
        return Arrays.stream(values()).filter(m -> m.jsonName.equals(name)).findFirst();
    }
}
