package org.smartcity.court.casefile;

import java.util.Optional;

/** The role of a person named in a case file. */
public enum PersonRole {
    SUSPECT("suspect"),
    VICTIM("victim"),
    WITNESS("witness"),
    INVESTIGATOR("investigator"),
    EXPERT("expert"),
    GUARDIAN("guardian"),
    LAWYER("lawyer"),
    INTERPRETER("interpreter");

    private final String code;

    PersonRole(String code) {
        this.code = code;
    }

    /** The code used in the file, e.g. {@code suspect}. */
    public String code() {
        return code;
    }

    /** The role for a file code, empty when the code is unknown. */
    public static Optional<PersonRole> fromCode(String code) {
        for (PersonRole r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
