package org.smartcity.court.finding;

/** How serious a finding is, as the review output spells it. */
public enum Severity {
    /** A required item is absent. */
    MISSING("missing", "缺失", "missing"),
    /** A formal flaw that can be cured (瑕疵). */
    DEFECT("defect", "瑕疵", "defect"),
    /** Evidence that must be excluded (非法证据/不得作为定案根据), or a charge that cannot stand. */
    INVALID("invalid", "无效/排除", "invalid"),
    /** Items that cannot all be true. */
    CONTRADICTION("contradiction", "矛盾", "contradiction");

    private final String code;
    private final String labelZh;
    private final String labelEn;

    Severity(String code, String labelZh, String labelEn) {
        this.code = code;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String code() {
        return code;
    }

    /** Heading for reports in the given language ({@code zh} or {@code en}). */
    public String label(Language language) {
        return language == Language.ZH ? labelZh : labelEn;
    }
}
