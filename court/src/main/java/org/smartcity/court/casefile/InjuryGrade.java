package org.smartcity.court.casefile;

import java.util.Optional;

/** Injury grades of the appraisal standard, from the least to the most serious. */
public enum InjuryGrade {
    MINOR("minor"),
    LIGHT("light"),
    SERIOUS("serious"),
    DEATH("death");

    private final String code;

    InjuryGrade(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True for serious injury or death. */
    public boolean isSeriousOrDeath() {
        return this == SERIOUS || this == DEATH;
    }

    public static Optional<InjuryGrade> fromCode(String code) {
        for (InjuryGrade g : values()) {
            if (g.code.equals(code)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
