package org.smartcity.court.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowTest {
    private final Workflow workflow = Workflow.standard();

    @Test
    void onlyPoliceEditAndOnlyDuringInvestigation() {
        for (CaseStage stage : CaseStage.values()) {
            for (Participant p : Participant.values()) {
                boolean expected = p == Participant.POLICE && stage == CaseStage.INVESTIGATION;
                assertThat(workflow.allows(p, CaseAction.EDIT_EVIDENCE, stage))
                        .as("%s at %s", p, stage)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void judgesSeeOnlyWhatReachedTrial() {
        assertThat(workflow.visibleStages(Participant.JUDGE))
                .containsExactlyInAnyOrder(CaseStage.TRIAL, CaseStage.CLOSED);
        assertThat(workflow.visibleStages(Participant.ADMIN)).isEmpty();
    }

    @Test
    void eachStageAwaitsExactlyOneParticipant() {
        assertThat(workflow.awaits(Participant.POLICE, CaseStage.INVESTIGATION)).isTrue();
        assertThat(workflow.awaits(Participant.PROSECUTOR, CaseStage.PROSECUTION))
                .isTrue();
        assertThat(workflow.awaits(Participant.JUDGE, CaseStage.TRIAL)).isTrue();
        for (Participant p : Participant.values()) {
            assertThat(workflow.awaits(p, CaseStage.CLOSED)).isFalse();
        }
        assertThat(workflow.allows(
                        List.of(Participant.JUDGE, Participant.POLICE), CaseAction.VIEW, CaseStage.INVESTIGATION))
                .isTrue();
    }

    @Test
    void returnsNeedReasonsAndStopAfterTwo() {
        assertThat(workflow.refuseReturn(CaseStage.PROSECUTION, 0, "缺少价格认定")).isEmpty();
        assertThat(workflow.refuseReturn(CaseStage.PROSECUTION, 0, "  ")).isPresent();
        assertThat(workflow.refuseReturn(CaseStage.PROSECUTION, 2, "缺少价格认定"))
                .hasValueSatisfying(r -> assertThat(r).contains("at most 2"));
        assertThat(workflow.refuseReturn(CaseStage.TRIAL, 0, "x")).isPresent();
    }

    @Test
    void dismissalsNeedAReason() {
        assertThat(workflow.refuseVerdict(FindingVerdict.ACCEPT, "")).isEmpty();
        assertThat(workflow.refuseVerdict(FindingVerdict.DISMISS, "")).isPresent();
        assertThat(workflow.refuseVerdict(FindingVerdict.CURED, "E12 补充的价格认定")).isEmpty();
        assertThat(CaseStage.TRIAL.next()).contains(CaseStage.CLOSED);
        assertThat(CaseStage.CLOSED.next()).isEmpty();
    }
}
