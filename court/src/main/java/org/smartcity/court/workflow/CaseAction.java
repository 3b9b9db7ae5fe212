package org.smartcity.court.workflow;

/** What can be done to a case; {@link Workflow} says who may do it at which stage. */
public enum CaseAction {
    /** See the case, its documents, findings and history. */
    VIEW,
    /** Bring in a new case file. */
    IMPORT,
    /** Add or replace evidence items (a new version of the case). */
    EDIT_EVIDENCE,
    /** Run the review assistant on the current version. */
    RUN_REVIEW,
    /** Accept a finding, dismiss it with a reason, or mark it cured by new evidence. */
    DECIDE_FINDING,
    /** Hand the case to the next stage (移送审查起诉, 提起公诉, 宣判结案). */
    TRANSFER,
    /** Send it back for supplementary investigation (退回补充侦查), with reasons. */
    RETURN
}
