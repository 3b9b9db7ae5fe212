package org.smartcity.court.workflow;

import java.util.Optional;

/** The court's verdict on one charge, recorded when a case is closed (宣判结案). */
public enum ChargeVerdict {
    /** The charge is proven: the defendant is guilty of it (有罪). */
    GUILTY("guilty", "有罪", "Guilty"),
    /** The charge is not established (证据不足，指控的犯罪不能成立) or the act is no crime: not guilty (无罪). */
    NOT_GUILTY("not_guilty", "无罪", "Not guilty");

    private final String code;
    private final String zh;
    private final String en;

    ChargeVerdict(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    /** The stored spelling, e.g. {@code not_guilty}. */
    public String code() {
        return code;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }

    public static Optional<ChargeVerdict> fromCode(String code) {
        for (ChargeVerdict v : values()) {
            if (v.code.equals(code)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
