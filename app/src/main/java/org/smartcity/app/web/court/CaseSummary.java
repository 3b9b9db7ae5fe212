package org.smartcity.app.web.court;

import org.smartcity.court.workflow.CaseStage;
import org.smartcity.platform.casestore.StoredCase;

/** One row of a work queue: the case, its stage, whether it awaits the viewer, how many findings are undecided. */
record CaseSummary(StoredCase stored, CaseStage stage, boolean awaitsMe, int openFindings, boolean reviewed) {}
