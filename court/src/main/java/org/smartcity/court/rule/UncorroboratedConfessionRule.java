package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.smartcity.court.casefile.EvidenceCategory;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.Person;
import org.smartcity.court.extract.Stance;
import org.smartcity.court.extract.StanceReading;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;
import org.smartcity.court.frame.Cues;
import org.smartcity.court.frame.Event;
import org.smartcity.court.frame.FactFrame;

/**
 * {@code confession-uncorroborated}, element by element: a suspect confesses, and a required element of the charge
 * rests on the confession alone (CPL art. 55). Two elements are checked:
 *
 * <ul>
 *   <li><b>the act</b>: besides the suspect's own statements the file holds only procedural documents
 *       (registration, identity proof, arrival report, prior record, licence check);
 *   <li><b>the offender's identity</b>: no item independent of the confession links this suspect to the act: an
 *       identification picking him, a video, witness or victim account, seizure, search, bank or chat record naming
 *       him, a seizure, search or test of his person or property ({@code subject}), or an arrival report showing
 *       him caught in the act or traced by the investigation. An arrival report that relays his surrender or
 *       confession is not independent. Flagged only when the file shows the gap (a surrender, or a victim, witness,
 *       video or inspection stating that no one was seen or recorded), as the cue words of
 *       {@code facts/conditions.txt} tell.
 * </ul>
 *
 * The finding names the suspect's interrogation records and its message names the element and quotes the
 * confession.
 */
public final class UncorroboratedConfessionRule implements Rule {
    private static final Set<EvidenceKind> PROCEDURAL = EnumSet.of(
            EvidenceKind.INTERROGATION_RECORD,
            EvidenceKind.CASE_REGISTRATION,
            EvidenceKind.IDENTITY_PROOF,
            EvidenceKind.ARRIVAL_REPORT,
            EvidenceKind.PRIOR_RECORD,
            EvidenceKind.DRIVING_LICENCE_CHECK);
    /** Items that may link a person to the act by naming him or by concerning him ({@code subject}). */
    private static final Set<EvidenceKind> LINKING = EnumSet.of(
            EvidenceKind.INQUIRY_RECORD,
            EvidenceKind.CCTV_VIDEO,
            EvidenceKind.SEIZURE_LIST,
            EvidenceKind.RETURN_LIST,
            EvidenceKind.SEARCH_RECORD,
            EvidenceKind.SCENE_INSPECTION,
            EvidenceKind.BANK_RECORDS,
            EvidenceKind.CHAT_RECORDS,
            EvidenceKind.BLOOD_ALCOHOL_TEST,
            EvidenceKind.BREATH_TEST,
            EvidenceKind.PHYSICAL_ITEM,
            EvidenceKind.PHOTO,
            EvidenceKind.DRUG_IDENTIFICATION,
            EvidenceKind.WEIGHING_RECORD,
            EvidenceKind.OTHER);
    /**
     * Clauses that name a person without linking him to the act; restitution paid by or for the suspect
     * ({@code 系犯罪嫌疑人赵永刚之妻代为退赔}) follows from his admission and is no independent link.
     */
    private static final Set<Event> NOT_LINKING =
            EnumSet.of(Event.QUESTION, Event.HEARSAY, Event.PERSONAL, Event.COMPENSATION);

    private static final Map<String, List<String>> CUES = Cues.read("conditions.txt");
    private static final Pattern CAUGHT = Cues.anyOf(CUES.get("caught"));
    private static final Pattern TRACED = Cues.anyOf(CUES.get("traced"));
    private static final Pattern SURRENDER = Cues.anyOf(CUES.get("surrender"));
    private static final Pattern ABSENT = Cues.anyOf(CUES.get("absent"));

    @Override
    public String id() {
        return "confession.corroborated";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.CONFESSION_UNCORROBORATED;
    }

    @Override
    public String basis() {
        return "刑事诉讼法第五十五条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Person suspect : ctx.suspects()) {
            List<EvidenceItem> own = ctx.caseFile().itemsOfKind(EvidenceKind.INTERROGATION_RECORD).stream()
                    .filter(e -> suspect.id().equals(e.subject().orElse(null)))
                    .toList();
            Optional<String> confession = own.stream()
                    .map(e -> Stances.of(ctx, e))
                    .filter(r -> r.stance() == Stance.CONFESSION)
                    .map(StanceReading::quote)
                    .findFirst();
            if (confession.isEmpty()) {
                continue;
            }
            String zh;
            String en;
            if (!actSupported(ctx)) {
                zh = "犯罪行为本身：除其供述外没有其他证据证明犯罪事实";
                en = "the act itself: no item other than the confession proves it";
            } else if (!identityLinked(ctx, suspect) && gapShown(ctx)) {
                zh = "作案人身份：没有被害人、证人陈述、辨认、监控、扣押或其他物证将" + ctx.nameOf(suspect.id()) + "与犯罪行为联系起来";
                en = "the offender's identity: no victim or witness account, identification, video, seizure or other"
                        + " item links " + suspect.id() + " to the act";
            } else {
                continue;
            }
            List<String> considered = ctx.caseFile().evidence().stream()
                    .filter(e -> !isSuspectStatement(e))
                    .map(EvidenceItem::id)
                    .toList();
            String seen = considered.isEmpty() ? "" : "；已查看" + String.join("、", considered) + "，均不能证明该要素";
            String seenEn = considered.isEmpty() ? "" : "; items considered: " + String.join(", ", considered);
            String quote = seen + (confession.get().isEmpty() ? "" : "（供述「" + confession.get() + "」）");
            String quoteEn = seenEn + (confession.get().isEmpty() ? "" : " (confession: \"" + confession.get() + "\")");
            out.add(Finding.of(kind(), id(), basis())
                    .evidence(own.stream().map(EvidenceItem::id).toList())
                    .person(suspect.id())
                    .message(
                            "犯罪嫌疑人" + ctx.nameOf(suspect.id()) + "的供述没有印证，" + zh + quote,
                            "the confession of " + suspect.id() + " is uncorroborated as to " + en + quoteEn)
                    .build());
        }
        return out;
    }

    private static boolean actSupported(ReviewContext ctx) {
        for (EvidenceItem e : ctx.caseFile().evidence()) {
            if (!isSuspectStatement(e) && !e.kind().map(PROCEDURAL::contains).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean identityLinked(ReviewContext ctx, Person suspect) {
        String name = suspect.name().orElse(null);
        for (EvidenceItem e : ctx.caseFile().evidence()) {
            if (isSuspectStatement(e)) {
                continue;
            }
            EvidenceKind kind = e.kind().orElse(EvidenceKind.OTHER);
            if (kind == EvidenceKind.IDENTIFICATION_RECORD) {
                String picked = e.facts().identifiedPerson().orElse(null);
                if (picked == null || picked.equals(suspect.id())) {
                    return true;
                }
                continue;
            }
            if (kind == EvidenceKind.ARRIVAL_REPORT) {
                if (CAUGHT.matcher(e.text()).find() || traced(e.text())) {
                    return true;
                }
                continue;
            }
            if (kind == EvidenceKind.INQUIRY_RECORD && eyewitness(ctx.frames(e))) {
                return true;
            }
            if (!LINKING.contains(kind)) {
                continue;
            }
            if (suspect.id().equals(e.subject().orElse(null)) && kind != EvidenceKind.INQUIRY_RECORD) {
                return true;
            }
            if (name != null && namesIn(ctx.frames(e), name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An arrival report tells how the investigation led to the suspect: a clause with a trace cue that does not
     * also tell the trace failed ({@code 周边走访未发现目击证人}, {@code 经走访未找到目击证人} trace nothing).
     */
    private static boolean traced(String arrivalReport) {
        for (String clause : arrivalReport.split("[，。；！？,;\\n]")) {
            if (TRACED.matcher(clause).find() && !ABSENT.matcher(clause).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the file shows that nothing else points to the suspect: the arrival report tells a surrender or an
     * unprompted confession, or a victim, witness, video or inspection states that no one was seen or recorded.
     * Without such words a file is not flagged, since the identity may rest on what the file does not spell out.
     */
    private static boolean gapShown(ReviewContext ctx) {
        for (EvidenceItem e : ctx.caseFile().evidence()) {
            EvidenceKind kind = e.kind().orElse(EvidenceKind.OTHER);
            if (kind == EvidenceKind.ARRIVAL_REPORT
                    && SURRENDER.matcher(e.text()).find()) {
                return true;
            }
            if (kind == EvidenceKind.ARRIVAL_REPORT || (LINKING.contains(kind) && !isSuspectStatement(e))) {
                for (FactFrame fr : ctx.frames(e)) {
                    if (fr.event() != Event.QUESTION
                            && ABSENT.matcher(fr.text()).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A victim or witness who saw the offender do it ({@code 他拿扳手打我头}, {@code 个子高的拿扳手打了另一个的头}): the
     * offender was seen, so the account supports who did it even without his name. An account that also says the
     * offender was not seen or not known ({@code 没看清}, {@code 不知道是谁}) is no such account.
     */
    private static boolean eyewitness(List<FactFrame> frames) {
        boolean saw = false;
        for (FactFrame fr : frames) {
            if (fr.event() == Event.QUESTION) {
                continue;
            }
            if (ABSENT.matcher(fr.text()).find()) {
                return false;
            }
            if (fr.event() != Event.HEARSAY && OFFENDER_ACTS.matcher(fr.text()).find()) {
                saw = true;
            }
        }
        return saw;
    }

    /** A third person as the doer of the act, told by someone who watched it. */
    private static final Pattern OFFENDER_ACTS =
            Pattern.compile("(?:他|她|那人|那个人|对方|男子|男的|女的|小伙|个子[^，。；！？]{0,4}的|穿[^，。；！？]{1,8}的|开[^，。；！？]{1,8}的)"
                    + "[^，。；！？说]{0,12}?(?:打|砍|捅|刺|踢|砸|抢|夺|拽|扎|掐|推)(?:了|我|倒|伤|他|她|在|向|过|到|另|一|两|几|[0-9])");

    /** True when a clause that is no question, hearsay or personal detail names the person. */
    private static boolean namesIn(List<FactFrame> frames, String name) {
        for (FactFrame fr : frames) {
            if (!NOT_LINKING.contains(fr.event()) && fr.text().contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSuspectStatement(EvidenceItem e) {
        return e.category().orElse(null) == EvidenceCategory.SUSPECT_STATEMENT;
    }
}
