package org.smartcity.court.standard;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Named facts of a case that a standard may make a requirement, threshold or age depend on. The standard files
 * name them; the review decides them from the offence and the items' text.
 */
public enum Condition {
    /** 入户盗窃 / 入室. */
    BURGLARY("burglary"),
    /** 扒窃. */
    PICKPOCKETING("pickpocketing"),
    /** 携带凶器盗窃. */
    ARMED("armed"),
    /** 多次盗窃. */
    REPEATED("repeated"),
    /** The property taken is cash only. */
    CASH_ONLY("cash-only"),
    /** Property other than cash was taken. */
    NON_CASH_PROPERTY("non-cash-property"),
    /** The deception was online or by phone. */
    ONLINE_OR_PHONE("online-or-phone"),
    /** The victim was hurt. */
    VICTIM_HURT("victim-hurt"),
    /** A breath test was done at the roadside. */
    ROADSIDE_BREATH_TEST("roadside-breath-test"),
    /** 入户抢劫. */
    HOME_INVASION("home-invasion"),
    /** The offence caused serious injury or death. */
    SERIOUS_INJURY_OR_DEATH("serious-injury-or-death"),
    /** The offence caused death. */
    DEATH("death"),
    /** Drug quantity at or above the standard's {@code largeDrugQuantity_g} for its drug. */
    LARGE_DRUG_QUANTITY("large-drug-quantity");

    private final String code;

    Condition(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Condition> fromCode(String code) {
        for (Condition c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** All codes, for messages. */
    public static String codes() {
        return Arrays.stream(values()).map(Condition::code).collect(Collectors.joining(", "));
    }
}
