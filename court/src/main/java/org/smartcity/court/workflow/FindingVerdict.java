package org.smartcity.court.workflow;

import java.util.Optional;

/**
 * A person's decision on a finding of the review assistant. Passing over a flagged defect ({@link #DISMISS}) or
 * saying it was cured ({@link #CURED}) needs a written reason, which the audit log keeps.
 */
public enum FindingVerdict {
    /** The finding is right and stands. */
    ACCEPT("accept", false, "采纳", "Accept"),
    /** The finding is passed over; the reason says why. */
    DISMISS("dismiss", true, "不予采纳", "Dismiss"),
    /** New evidence cures the flaw; the reason names it. */
    CURED("cured", true, "已补正", "Cured by new evidence");

    private final String code;
    private final boolean needsReason;
    private final String zh;
    private final String en;

    FindingVerdict(String code, boolean needsReason, String zh, String en) {
        this.code = code;
        this.needsReason = needsReason;
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public boolean needsReason() {
        return needsReason;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }

    public static Optional<FindingVerdict> fromCode(String code) {
        for (FindingVerdict v : values()) {
            if (v.code.equals(code)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
