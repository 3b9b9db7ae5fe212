package org.smartcity.court.casefile;

import java.util.Optional;

/** Where the case file is now. */
public enum Stage {
    INVESTIGATION("investigation"),
    PROSECUTION("prosecution"),
    TRIAL("trial");

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Stage> fromCode(String code) {
        for (Stage s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
