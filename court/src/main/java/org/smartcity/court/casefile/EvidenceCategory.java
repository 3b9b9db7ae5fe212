package org.smartcity.court.casefile;

import java.util.Optional;

/** The statutory category of an evidence item (CPL art. 50; audio-visual and electronic data kept apart). */
public enum EvidenceCategory {
    PHYSICAL("physical"),
    DOCUMENTARY("documentary"),
    WITNESS_TESTIMONY("witness-testimony"),
    VICTIM_STATEMENT("victim-statement"),
    SUSPECT_STATEMENT("suspect-statement"),
    EXPERT_OPINION("expert-opinion"),
    RECORD("record"),
    AUDIO_VISUAL("audio-visual"),
    ELECTRONIC_DATA("electronic-data");

    private final String code;

    EvidenceCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The category for a file code, empty when the code is unknown. */
    public static Optional<EvidenceCategory> fromCode(String code) {
        for (EvidenceCategory c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
