package org.smartcity.court.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.InjuryGrade;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.extract.QuantityExtractor;
import org.smartcity.court.frame.Cues;
import org.smartcity.court.frame.Event;
import org.smartcity.court.frame.FactFrame;
import org.smartcity.court.frame.FrameReader;
import org.smartcity.court.standard.Condition;
import org.smartcity.court.standard.EvidenceStandard;

/**
 * Decides the {@link Condition}s of the standards from the offence (its fields, its text and the case title) and,
 * where the specification says so, from the items' text. Conservative: a negated mention ({@code 未受伤},
 * {@code 拒绝呼气检测}) does not count.
 */
final class CaseConditions {
    private static final Pattern BURGLARY = Pattern.compile("入户|入室|闯入.{0,6}家|潜入.{0,6}家"
            // entering someone's home told in words: 翻窗进入被害人…的家中
            + "|(?:进入|进了|闯入|潜入|窜入|钻进|翻窗进|翻墙进)[^，。；！？]{0,40}?(?:家中|家里|住宅|住处"
            // or a flat of a residential compound named by its number: 进入…某小区5号楼301室
            + "|小区[^，。；！？]{0,20}?[0-9]+室)");
    private static final Pattern PICKPOCKETING = Pattern.compile("扒窃|扒走|扒取|掏包");
    private static final Pattern ARMED = Pattern.compile("携带凶器|携带刀|持刀|携带.{0,4}(?:刀|棍|枪)");
    private static final Pattern REPEATED =
            Pattern.compile("(?:多|[3-9]|[1-9][0-9]|[三四五六七八九十]|十[一二三四五六七八九])次[^。；]{0,30}?(?:盗窃|窃取|行窃|偷|扒窃)");
    private static final Map<String, List<String>> CUES = Cues.read("conditions.txt");
    private static final Pattern CASH = Cues.anyOf(CUES.get("cash"));
    private static final Pattern GOODS = Cues.anyOf(CUES.get("goods"));
    private static final Pattern CONTAINER =
            Pattern.compile("(?:" + Cues.alternatives(CUES.get("container")) + ")(?:内|里|中)");
    private static final Pattern ONLINE = Cues.anyOf(CUES.get("online"));
    private static final Pattern PAYMENT = Cues.anyOf(CUES.get("payment"));
    private static final Pattern CONTACT = Cues.anyOf(CUES.get("contact"));
    private static final Pattern AFTERMATH = Cues.anyOf(CUES.get("aftermath"));
    /** A payment through a wallet app told in other words: 用微信扫他的码, 支付宝转了. */
    private static final Pattern WALLET_PAYMENT = Pattern.compile("(?:微信|支付宝|手机银行)[^，。；！？]{0,4}?(?:扫|转|付|支付|收款|收钱|到账)");
    /** A negation before a channel cue in its clause. */
    private static final Pattern NEGATION_BEFORE = Pattern.compile("没|不|未|无");

    private static final Pattern HURT =
            Pattern.compile("(?<!未|没|没有|未造成|无人|并未)(?:" + Cues.alternatives(CUES.get("hurt")) + ")");
    private static final Pattern BREATH = Cues.anyOf(CUES.get("breath"));
    private static final Pattern NEGATION = Cues.anyOf(CUES.get("negation"));
    private static final Pattern DEATH_WORDS = Pattern.compile("(?<!未|没有|未致)(?:死亡|致死|致人死亡|身亡|抢救无效)");
    private static final Pattern SERIOUS_WORDS = Pattern.compile("(?<!未|没有|未达|未构成)重伤");

    private CaseConditions() {}

    static boolean holds(Condition c, ReviewContext ctx) {
        CaseFile f = ctx.caseFile();
        String offence = f.offence().text() + "\n" + f.title().orElse("");
        return switch (c) {
            case BURGLARY, HOME_INVASION -> BURGLARY.matcher(offence).find();
            case PICKPOCKETING -> PICKPOCKETING.matcher(offence).find();
            case ARMED -> ARMED.matcher(offence).find();
            case REPEATED -> REPEATED.matcher(offence).find();
            case CASH_ONLY -> cashOnly(ctx, withoutNames(f, offence));
            case NON_CASH_PROPERTY -> nonCash(withoutNames(f, offence));
            case ONLINE_OR_PHONE ->
                ONLINE.matcher(PAYMENT.matcher(offence).replaceAll("")).find() || deceivedOnline(ctx);
            case VICTIM_HURT -> victimHurt(ctx, offence);
            case ROADSIDE_BREATH_TEST -> breathTestMentioned(ctx);
            case SERIOUS_INJURY_OR_DEATH ->
                grade(f).map(InjuryGrade::isSeriousOrDeath).orElse(false)
                        || SERIOUS_WORDS.matcher(offence).find()
                        || DEATH_WORDS.matcher(offence).find();
            case DEATH ->
                grade(f).map(g -> g == InjuryGrade.DEATH).orElse(false)
                        || DEATH_WORDS.matcher(offence).find();
            case LARGE_DRUG_QUANTITY -> largeDrugQuantity(ctx);
        };
    }

    /**
     * The items tell that the deception was online or by phone: a clause about the act itself (not a question, the
     * report to the police, the discovery afterwards: {@code 给孙子打电话才知道没这回事}) in the victim's or a suspect's
     * statement names a channel ({@code 接到一个电话}, {@code 在网上认识}), payments and contact details left out; or
     * the case registration names the kind of case ({@code 电信诈骗}).
     */
    private static boolean deceivedOnline(ReviewContext ctx) {
        for (EvidenceItem e : ctx.caseFile().evidence()) {
            if (e.is(EvidenceKind.CASE_REGISTRATION)) {
                if (ONLINE.matcher(PAYMENT.matcher(e.text()).replaceAll("")).find()) {
                    return true;
                }
                continue;
            }
            if (!e.is(EvidenceKind.INQUIRY_RECORD) && !e.is(EvidenceKind.INTERROGATION_RECORD)) {
                continue;
            }
            for (FactFrame fr : ctx.frames(e)) {
                if (fr.event() == Event.OFFENCE && namesChannel(fr.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A clause names the channel the offender used to deceive: a channel cue (payments and contact details left out)
     * with no negation before it in the clause ({@code 他没留电话}, {@code 不能在电话里讲}), a contact verb
     * ({@code 接到一个电话}, {@code 在网上认识}) and no sign that it tells the contact ending or what came after
     * ({@code 后来电话关机了}).
     */
    static boolean namesChannel(String clause) {
        String c =
                WALLET_PAYMENT.matcher(PAYMENT.matcher(clause).replaceAll("")).replaceAll("");
        Matcher m = ONLINE.matcher(c);
        if (!m.find()
                || NEGATION_BEFORE.matcher(c.substring(0, m.start())).find()
                || AFTERMATH.matcher(c).find()) {
            return false;
        }
        return CONTACT.matcher(c).find();
    }

    private static boolean nonCash(String text) {
        return GOODS.matcher(CONTAINER.matcher(text).replaceAll("")).find();
    }

    /**
     * Only cash was taken: the offence's text names cash and no other property; when its text names neither, the
     * seizure and return lists (what was taken and found) name cash and no other property.
     */
    private static boolean cashOnly(ReviewContext ctx, String offence) {
        if (CASH.matcher(offence).find() || nonCash(offence)) {
            return CASH.matcher(offence).find() && !nonCash(offence);
        }
        CaseFile f = ctx.caseFile();
        List<EvidenceItem> lists = new java.util.ArrayList<>(f.itemsOfKind(EvidenceKind.SEIZURE_LIST));
        lists.addAll(f.itemsOfKind(EvidenceKind.RETURN_LIST));
        return !lists.isEmpty()
                && lists.stream().allMatch(e -> {
                    String t = withoutNames(f, e.text());
                    return CASH.matcher(t).find() && !nonCash(t);
                });
    }

    /** The text with the names of the file's persons removed: a name is no property ({@code 向玉珍}). */
    private static String withoutNames(CaseFile f, String text) {
        String out = text == null ? "" : text;
        for (var p : f.persons()) {
            String name = p.name().orElse("");
            if (name.length() >= 2) {
                out = out.replace(name, "");
            }
        }
        return out;
    }

    /** The most serious injury grade the offence or an injury appraisal states. */
    private static Optional<InjuryGrade> grade(CaseFile f) {
        InjuryGrade best = f.offence().injuryGrade().orElse(null);
        for (EvidenceItem e : f.itemsOfKind(EvidenceKind.INJURY_APPRAISAL)) {
            InjuryGrade g = e.facts().injuryGrade().orElse(null);
            if (g != null && (best == null || g.compareTo(best) > 0)) {
                best = g;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A roadside breath test is shown when the offence or an item other than the test itself mentions one in a
     * clause that does not negate it ({@code 现场未进行呼气酒精检测}, {@code 没有让我吹气}, {@code 拒绝吹气}); the
     * investigators' questions do not count.
     */
    private static boolean breathTestMentioned(ReviewContext ctx) {
        if (mentionsBreathTest(FrameReader.read(ctx.caseFile().offence().text()))) {
            return true;
        }
        for (EvidenceItem e : ctx.caseFile().evidence()) {
            if (!e.is(EvidenceKind.BREATH_TEST) && mentionsBreathTest(ctx.frames(e))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsBreathTest(List<FactFrame> frames) {
        java.util.Set<Integer> negated = new java.util.HashSet<>();
        for (FactFrame fr : frames) {
            if (fr.event() != Event.QUESTION && negatesBreathTest(fr.text())) {
                negated.add(fr.sentence());
            }
        }
        for (FactFrame fr : frames) {
            if (fr.event() == Event.QUESTION || negated.contains(fr.sentence())) {
                continue;
            }
            if (BREATH.matcher(fr.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause negating a breath test: a negation before the cue. A sentence holding one tells that no test was
     * done, also in its other clauses ({@code 因现场呼气检测设备故障，未进行呼气酒精检测}: the device is named, the
     * test was not done).
     */
    private static boolean negatesBreathTest(String clause) {
        var m = BREATH.matcher(clause);
        while (m.find()) {
            if (NEGATION.matcher(clause.substring(0, m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The victim was hurt: an injury grade, medical records or an injury appraisal in the file, or an injury told
     * in the offence or in a victim's or witness's answers.
     */
    private static boolean victimHurt(ReviewContext ctx, String offence) {
        CaseFile f = ctx.caseFile();
        if (f.offence().injuryGrade().isPresent()
                || !f.itemsOfKind(EvidenceKind.MEDICAL_RECORDS).isEmpty()
                || !f.itemsOfKind(EvidenceKind.INJURY_APPRAISAL).isEmpty()
                || HURT.matcher(offence).find()) {
            return true;
        }
        for (EvidenceItem e : f.itemsOfKind(EvidenceKind.INQUIRY_RECORD)) {
            for (FactFrame fr : ctx.frames(e)) {
                if (fr.event() != Event.QUESTION && HURT.matcher(fr.text()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean largeDrugQuantity(ReviewContext ctx) {
        CaseFile f = ctx.caseFile();
        StringBuilder text = new StringBuilder(f.offence().text());
        for (EvidenceItem e : f.itemsOfKind(EvidenceKind.DRUG_IDENTIFICATION)) {
            text.append('\n').append(e.text());
        }
        BigDecimal weight = drugWeight(f).orElse(null);
        if (weight == null) {
            return false;
        }
        for (EvidenceStandard s : ctx.standards()) {
            for (Map.Entry<String, BigDecimal> e : s.largeDrugQuantity_g().entrySet()) {
                if (text.indexOf(e.getKey()) >= 0 && weight.compareTo(e.getValue()) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The drug weight of the offence, else the largest stated by a weighing record or identification. */
    private static Optional<BigDecimal> drugWeight(CaseFile f) {
        if (f.offence().drugWeight_g().isPresent()) {
            return f.offence().drugWeight_g();
        }
        BigDecimal best = null;
        for (EvidenceItem e : f.evidence()) {
            if (!e.is(EvidenceKind.WEIGHING_RECORD) && !e.is(EvidenceKind.DRUG_IDENTIFICATION)) {
                continue;
            }
            BigDecimal w = e.facts().drugWeight_g().orElse(null);
            if (w == null) {
                w = QuantityExtractor.weight(e.text()).stream()
                        .map(Quantity::value)
                        .max(BigDecimal::compareTo)
                        .orElse(null);
            }
            if (w != null && (best == null || w.compareTo(best) > 0)) {
                best = w;
            }
        }
        return Optional.ofNullable(best);
    }
}
