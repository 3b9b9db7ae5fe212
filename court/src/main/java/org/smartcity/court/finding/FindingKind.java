package org.smartcity.court.finding;

/** The finding kinds of the case-file specification, with their default severity. */
public enum FindingKind {
    MISSING_EVIDENCE("missing-evidence", Severity.MISSING, true),
    UNSIGNED("unsigned", Severity.DEFECT, false),
    SINGLE_INVESTIGATOR("single-investigator", Severity.DEFECT, false),
    EXCESSIVE_DURATION("excessive-duration", Severity.INVALID, false),
    TIME_INVALID("time-invalid", Severity.DEFECT, false),
    MINOR_WITHOUT_GUARDIAN("minor-without-guardian", Severity.DEFECT, false),
    MISSING_RECORDING("missing-recording", Severity.INVALID, false),
    EXPERT_UNQUALIFIED("expert-unqualified", Severity.INVALID, false),
    IDENTIFICATION_PROCEDURE("identification-procedure", Severity.INVALID, false),
    CHAIN_OF_CUSTODY("chain-of-custody", Severity.DEFECT, false),
    TIME_CONTRADICTION("time-contradiction", Severity.CONTRADICTION, false),
    PLACE_CONTRADICTION("place-contradiction", Severity.CONTRADICTION, false),
    AMOUNT_CONTRADICTION("amount-contradiction", Severity.CONTRADICTION, false),
    IDENTITY_CONTRADICTION("identity-contradiction", Severity.CONTRADICTION, false),
    RETRACTED_CONFESSION("retracted-confession", Severity.CONTRADICTION, false),
    CONFESSION_UNCORROBORATED("confession-uncorroborated", Severity.INVALID, false),
    BELOW_THRESHOLD("below-threshold", Severity.INVALID, true),
    UNDER_AGE("under-age", Severity.INVALID, true);

    private final String code;
    private final Severity severity;
    private final boolean caseLevel;

    FindingKind(String code, Severity severity, boolean caseLevel) {
        this.code = code;
        this.severity = severity;
        this.caseLevel = caseLevel;
    }

    /** The code of the review output, e.g. {@code missing-evidence}. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** True for kinds whose {@code evidence} is always empty (the case as a whole is concerned). */
    public boolean isCaseLevel() {
        return caseLevel;
    }
}
