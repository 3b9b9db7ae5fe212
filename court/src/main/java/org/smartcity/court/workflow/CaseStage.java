package org.smartcity.court.workflow;

import java.util.Optional;

/** Where a case is in the workflow: investigation → prosecution review → trial → closed. */
public enum CaseStage {
    INVESTIGATION("investigation", "侦查", "Investigation"),
    PROSECUTION("prosecution", "审查起诉", "Prosecution review"),
    TRIAL("trial", "审判", "Trial"),
    CLOSED("closed", "已结案", "Closed");

    private final String code;
    private final String zh;
    private final String en;

    CaseStage(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    /** The stored and case-file spelling, e.g. {@code prosecution}. */
    public String code() {
        return code;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }

    public static Optional<CaseStage> fromCode(String code) {
        for (CaseStage s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The stage a forward transfer leads to; empty for {@link #CLOSED}. */
    public Optional<CaseStage> next() {
        return switch (this) {
            case INVESTIGATION -> Optional.of(PROSECUTION);
            case PROSECUTION -> Optional.of(TRIAL);
            case TRIAL -> Optional.of(CLOSED);
            case CLOSED -> Optional.empty();
        };
    }
}
