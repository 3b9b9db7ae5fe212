package org.smartcity.court.workflow;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case workflow's rules: who may do what at which stage. Pure and immutable; the web layer asks it on every
 * request and the store records the outcome.
 *
 * <table>
 * <caption>the matrix ({@link #allows})</caption>
 * <tr><th>action</th><th>police</th><th>prosecutor</th><th>judge</th><th>admin</th></tr>
 * <tr><td>view</td><td>investigation, prosecution</td><td>prosecution, trial, closed</td><td>trial, closed</td>
 *     <td>–</td></tr>
 * <tr><td>import</td><td>(new cases start in investigation)</td><td>–</td><td>–</td><td>–</td></tr>
 * <tr><td>edit evidence</td><td>investigation</td><td>–</td><td>–</td><td>–</td></tr>
 * <tr><td>run review, decide findings, transfer</td><td>investigation</td><td>prosecution</td><td>trial</td>
 *     <td>–</td></tr>
 * <tr><td>return (退回补充侦查)</td><td>–</td><td>prosecution, at most {@link #MAX_RETURNS} times</td><td>–</td>
 *     <td>–</td></tr>
 * </table>
 *
 * Administrators manage accounts and settings, not cases.
 */
public final class Workflow {
    /** CPL art. 175: supplementary investigation at most twice. */
    public static final int MAX_RETURNS = 2;

    private final Map<Participant, Map<CaseAction, Set<CaseStage>>> matrix = new EnumMap<>(Participant.class);

    /** The standard rules above. */
    public static Workflow standard() {
        return new Workflow();
    }

    private Workflow() {
        for (Participant p : Participant.values()) {
            matrix.put(p, new EnumMap<>(CaseAction.class));
        }
        grant(Participant.POLICE, CaseAction.VIEW, CaseStage.INVESTIGATION, CaseStage.PROSECUTION);
        grant(Participant.POLICE, CaseAction.IMPORT, CaseStage.INVESTIGATION);
        grant(Participant.POLICE, CaseAction.EDIT_EVIDENCE, CaseStage.INVESTIGATION);
        grant(Participant.PROSECUTOR, CaseAction.VIEW, CaseStage.PROSECUTION, CaseStage.TRIAL, CaseStage.CLOSED);
        grant(Participant.PROSECUTOR, CaseAction.RETURN, CaseStage.PROSECUTION);
        grant(Participant.JUDGE, CaseAction.VIEW, CaseStage.TRIAL, CaseStage.CLOSED);
        for (CaseAction a : EnumSet.of(CaseAction.RUN_REVIEW, CaseAction.DECIDE_FINDING, CaseAction.TRANSFER)) {
            grant(Participant.POLICE, a, CaseStage.INVESTIGATION);
            grant(Participant.PROSECUTOR, a, CaseStage.PROSECUTION);
            grant(Participant.JUDGE, a, CaseStage.TRIAL);
        }
    }

    private void grant(Participant p, CaseAction a, CaseStage... stages) {
        matrix.get(p).computeIfAbsent(a, x -> EnumSet.noneOf(CaseStage.class)).addAll(Set.of(stages));
    }

    /** True when {@code participant} may do {@code action} to a case at {@code stage}. */
    public boolean allows(Participant participant, CaseAction action, CaseStage stage) {
        return matrix.get(participant).getOrDefault(action, Set.of()).contains(stage);
    }

    /** True when any of {@code participants} may. */
    public boolean allows(Collection<Participant> participants, CaseAction action, CaseStage stage) {
        return participants.stream().anyMatch(p -> allows(p, action, stage));
    }

    /** Stages whose cases {@code participant} may see. */
    public Set<CaseStage> visibleStages(Participant participant) {
        Set<CaseStage> stages = matrix.get(participant).get(CaseAction.VIEW);
        return stages == null ? Set.of() : Set.copyOf(stages);
    }

    /** True when a case at {@code stage} waits for {@code participant} to act (their work queue). */
    public boolean awaits(Participant participant, CaseStage stage) {
        return allows(participant, CaseAction.TRANSFER, stage);
    }

    /**
     * Why a return for supplementary investigation is refused, or empty when it may go ahead.
     *
     * @param returnsSoFar how many times the case was returned already
     */
    public Optional<String> refuseReturn(CaseStage stage, int returnsSoFar, String reasons) {
        if (stage != CaseStage.PROSECUTION) {
            return Optional.of("only a case under prosecution review can be returned for supplementary investigation");
        }
        if (returnsSoFar >= MAX_RETURNS) {
            return Optional.of("this case was already returned " + returnsSoFar
                    + " times; supplementary investigation is allowed at most " + MAX_RETURNS + " times");
        }
        if (reasons == null || reasons.isBlank()) {
            return Optional.of("a return for supplementary investigation needs written reasons");
        }
        return Optional.empty();
    }

    /** Why a finding decision is refused (a dismissal or cure without a reason), or empty. */
    public Optional<String> refuseVerdict(FindingVerdict verdict, String reason) {
        if (verdict.needsReason() && (reason == null || reason.isBlank())) {
            return Optional.of("'" + verdict.code() + "' needs a written reason");
        }
        return Optional.empty();
    }
}
