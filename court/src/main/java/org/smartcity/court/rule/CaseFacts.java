package org.smartcity.court.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.TimeSpan;
import org.smartcity.court.extract.Clauses;
import org.smartcity.court.extract.DateTimeExtractor;
import org.smartcity.court.extract.PlaceExtractor;
import org.smartcity.court.extract.PlaceMention;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.extract.QuantityExtractor;
import org.smartcity.court.extract.TimeMention;

/**
 * The offence facts each item states: when and where it happened, how much money, drug or alcohol was involved.
 * Values come from an item's {@code facts} when it has them, else from its text: the answers of statements
 * (questions are the investigators', not the witness's), the narrative of videos, the conclusion of appraisals.
 * Clauses about side events (arrest, sale of the goods, birth dates, where the person lives, when the loss was
 * discovered or reported) are skipped, because the specification compares only facts of the offence itself.
 * Computed once per review.
 */
public final class CaseFacts {
    private static final Set<EvidenceKind> TIME_SOURCES =
            EnumSet.of(EvidenceKind.INTERROGATION_RECORD, EvidenceKind.INQUIRY_RECORD, EvidenceKind.CCTV_VIDEO);
    private static final Set<EvidenceKind> PLACE_SOURCES = EnumSet.of(
            EvidenceKind.INTERROGATION_RECORD,
            EvidenceKind.INQUIRY_RECORD,
            EvidenceKind.CCTV_VIDEO,
            EvidenceKind.SCENE_INSPECTION);
    private static final Set<EvidenceKind> MONEY_SOURCES = EnumSet.of(
            EvidenceKind.INTERROGATION_RECORD,
            EvidenceKind.INQUIRY_RECORD,
            EvidenceKind.PRICE_APPRAISAL,
            EvidenceKind.BANK_RECORDS);
    private static final Set<EvidenceKind> WEIGHT_SOURCES = EnumSet.of(
            EvidenceKind.INTERROGATION_RECORD,
            EvidenceKind.INQUIRY_RECORD,
            EvidenceKind.WEIGHING_RECORD,
            EvidenceKind.DRUG_IDENTIFICATION);
    private static final Set<EvidenceKind> ALCOHOL_SOURCES =
            EnumSet.of(EvidenceKind.BLOOD_ALCOHOL_TEST, EvidenceKind.BREATH_TEST);

    private static final String SIDE_COMMON = "出生|生日|身份证|户籍|报警|报案|110|抓获|抓住|被抓|查获|到案|投案|自首|拘留|逮捕|传唤|送检|抽血|血样|提取"
            + "|销赃|收购|典当|回收|发现|上班|下班|吃饭|睡觉|起床|医院|就诊|派出所|公安|笔录|住在|居住|现住|住址";
    private static final Pattern TIME_SIDE = Pattern.compile(SIDE_COMMON + "|卖|出售");
    private static final Pattern TIME_SIDE_DRUGS = Pattern.compile(SIDE_COMMON);
    private static final Pattern PLACE_SIDE = Pattern.compile(
            "住|户籍|出生|身份证|籍贯|工作单位|就读|上学|抓获|被抓|抓住|查获|到案|投案|销赃|收购|典当|回收" + "|藏|扣押|找到|搜出|起获|派出所|公安|医院|报警|报案|卖|出售");
    private static final Pattern PLACE_SIDE_DRUGS =
            Pattern.compile("住|户籍|出生|身份证|籍贯|工作单位|就读|上学|抓获|被抓|抓住|查获|到案|投案" + "|藏|扣押|找到|搜出|起获|派出所|公安|医院|报警|报案");
    private static final Pattern MONEY_SIDE_BASE =
            Pattern.compile("工资|月薪|收入|房租|车费|路费|打车|饭钱|生活费|奖金|罚款|押金|赔偿|退赔|退还|返还|退回|补偿|还给");
    private static final Pattern MONEY_SIDE_PROPERTY =
            Pattern.compile("卖|售|销赃|收购|典当|回收|买|购|花了|花掉|借|欠|还款|进账|挣|赚|身上有|身上带");

    private final ReviewContext ctx;
    private final Map<EvidenceItem, List<TimeMention>> times = new LinkedHashMap<>();
    private final Map<EvidenceItem, List<PlaceMention>> places = new LinkedHashMap<>();
    private final Map<EvidenceItem, List<Quantity>> money = new LinkedHashMap<>();
    private final Map<EvidenceItem, List<Quantity>> drugWeights = new LinkedHashMap<>();
    private final Map<EvidenceItem, List<Quantity>> alcohol = new LinkedHashMap<>();

    CaseFacts(ReviewContext ctx) {
        this.ctx = ctx;
        CaseFile f = ctx.caseFile();
        boolean drugs = ctx.charged("drug-trafficking");
        boolean propertyCrime = !ctx.charged("fraud");
        Predicate<String> timeKeep =
                c -> !(drugs ? TIME_SIDE_DRUGS : TIME_SIDE).matcher(c).find();
        Predicate<String> placeKeep =
                c -> !(drugs ? PLACE_SIDE_DRUGS : PLACE_SIDE).matcher(c).find();
        Predicate<String> moneyKeep = c -> !MONEY_SIDE_BASE.matcher(c).find()
                && !(propertyCrime && MONEY_SIDE_PROPERTY.matcher(c).find());
        for (EvidenceItem e : f.evidence()) {
            EvidenceKind kind = e.kind().orElse(EvidenceKind.OTHER);
            String text = kind.isStatement() ? Clauses.answers(e.text()) : e.text();
            // time
            if (e.facts().time().isPresent()) {
                times.put(e, List.of(fromSpan(e.facts().time().get())));
            } else if (TIME_SOURCES.contains(kind)) {
                List<TimeMention> t = DateTimeExtractor.extract(text, recordDate(e), timeKeep);
                if (!t.isEmpty()) {
                    times.put(e, t);
                }
            }
            // place
            if (e.facts().place().isPresent()) {
                PlaceMention p = PlaceExtractor.ofClause(e.facts().place().get());
                if (p.isComparable()) {
                    places.put(e, List.of(p));
                }
            } else if (PLACE_SOURCES.contains(kind)) {
                List<PlaceMention> p = PlaceExtractor.extract(text, placeKeep);
                if (!p.isEmpty()) {
                    places.put(e, p);
                }
            }
            // money
            if (e.facts().amount_cny().isPresent()) {
                BigDecimal v = e.facts().amount_cny().get();
                money.put(e, List.of(Quantity.exact(v, 0, 0)));
            } else if (MONEY_SOURCES.contains(kind) && (kind != EvidenceKind.BANK_RECORDS || ctx.charged("fraud"))) {
                List<Quantity> q = withTotal(quantities(text, moneyKeep, QuantityExtractor::money));
                if (!q.isEmpty()) {
                    money.put(e, q);
                }
            }
            // drug weight
            if (e.facts().drugWeight_g().isPresent()) {
                drugWeights.put(
                        e, List.of(Quantity.exact(e.facts().drugWeight_g().get(), 0, 0)));
            } else if (drugs && WEIGHT_SOURCES.contains(kind)) {
                List<Quantity> q = quantities(text, c -> !c.contains("毛重"), QuantityExtractor::weight);
                if (!q.isEmpty()) {
                    drugWeights.put(e, q);
                }
            }
            // blood alcohol
            if (e.facts().bloodAlcohol_mg100ml().isPresent()) {
                alcohol.put(
                        e,
                        List.of(Quantity.exact(e.facts().bloodAlcohol_mg100ml().get(), 0, 0)));
            } else if (ALCOHOL_SOURCES.contains(kind)) {
                List<Quantity> q = QuantityExtractor.bloodAlcohol(text);
                if (!q.isEmpty()) {
                    alcohol.put(e, q);
                }
            }
        }
    }

    /** Items stating the time of the offence, with every time they state. */
    public Map<EvidenceItem, List<TimeMention>> offenceTimes() {
        return times;
    }

    /** Items stating the place of the offence. */
    public Map<EvidenceItem, List<PlaceMention>> offencePlaces() {
        return places;
    }

    /** Items stating the amount of money (with the total of several amounts as a further reading). */
    public Map<EvidenceItem, List<Quantity>> amounts() {
        return money;
    }

    public Map<EvidenceItem, List<Quantity>> drugWeights() {
        return drugWeights;
    }

    public Map<EvidenceItem, List<Quantity>> bloodAlcohol() {
        return alcohol;
    }

    /** The offence's time as a mention, in the offence's own offset. */
    TimeMention offenceTime() {
        return ctx.caseFile().offence().time().map(CaseFacts::fromSpan).orElse(null);
    }

    static TimeMention fromSpan(TimeSpan t) {
        var local = t.start().toLocalDateTime();
        return new TimeMention(local.toLocalDate(), local.getHour() * 60 + local.getMinute(), false, 0, 0);
    }

    private static LocalDate recordDate(EvidenceItem e) {
        return e.time().map(t -> t.start().toLocalDate()).orElse(null);
    }

    static ZoneOffset offset(TimeSpan t) {
        return t.start().getOffset();
    }

    private static List<Quantity> quantities(
            String text, Predicate<String> keep, java.util.function.Function<String, List<Quantity>> extractor) {
        List<Quantity> out = new ArrayList<>();
        for (Clauses.Clause c : Clauses.split(text)) {
            if (keep.test(c.text())) {
                out.addAll(extractor.apply(c.text()));
            }
        }
        return out;
    }

    /** Adds the sum of several exact amounts as a further reading (a victim listing what was taken). */
    private static List<Quantity> withTotal(List<Quantity> q) {
        if (q.size() < 2 || !q.stream().allMatch(Quantity::isExact)) {
            return q;
        }
        BigDecimal sum = q.stream().map(Quantity::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Quantity> out = new ArrayList<>(q);
        out.add(Quantity.exact(sum, 0, 0));
        return out;
    }
}
