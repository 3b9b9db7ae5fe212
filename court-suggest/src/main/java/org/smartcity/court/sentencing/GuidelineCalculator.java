package org.smartcity.court.sentencing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.smartcity.court.suggest.FactTerms;
import org.smartcity.court.suggest.GuidelineTerm;
import org.smartcity.court.suggest.SuggestionModel;

/**
 * The sentencing guideline's method as a calculation over {@link SentencingRules}:
 *
 * <ol>
 *   <li>the statutory tier from the charge's quantity (amount, drug weight, blood alcohol) or wording (injury grade,
 *       robbery's aggravating circumstances);
 *   <li>the starting point (量刑起点) the rules apply for the tier;
 *   <li>the base penalty (基准刑): the starting point plus the increment for each full step of the quantity above the
 *       tier's threshold, at most the statutory maximum;
 *   <li>the circumstances found in the facts: those of stage {@link Stage#FIRST} (未成年人, 未遂, 从犯) one after the
 *       other, each on the running result; then the {@link Stage#ADDITIVE} ones as percentages of that result, added up
 *       (同向相加、逆向相减), a minimum change in months where a rule has one (累犯: 3 months), and a cap shared by
 *       circumstances not evaluated twice (认罪认罚);
 *   <li>the statutory range: the result is kept within it, except that a circumstance allowing 减轻处罚 lets it go
 *       down to the tier's floor for mitigation.
 * </ol>
 *
 * <p>Each step is reported with its rule, percentage, source and result; what could not be determined is said
 * plainly, and nothing is calculated from a guess. Stateless and thread-safe. As a {@link GuidelineTerm} it gives the
 * suggestion model the term of its rules (so that {@code --rules} counts in the model's term reference too).
 */
public final class GuidelineCalculator implements GuidelineTerm {
    private static final Wording NOT_DETERMINED = new Wording("未确定", "not determined");
    private final SentencingRules rules;

    public GuidelineCalculator(SentencingRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    /** The rules this calculator applies. */
    public SentencingRules rules() {
        return rules;
    }

    /** The term of {@link #calculate} for the charge a model ranked first with {@code probability}. */
    @Override
    public OptionalDouble months(String facts, String charge, double probability) {
        return calculate(facts, ChargeChoice.fromModel(rules, charge, probability))
                .months();
    }

    /** Calculates the guideline term for {@code text} under the chosen charge. */
    public SentencingResult calculate(String text, ChargeChoice choice) {
        String facts = text == null ? "" : text.strip();
        List<Wording> problems = new ArrayList<>();
        int han = FactTerms.hanCount(facts);
        if (han < SuggestionModel.MIN_HAN) {
            problems.add(
                    facts.isEmpty()
                            ? new Wording("事实文本为空，无法计算", "the fact text is empty: nothing can be calculated")
                            : new Wording(
                                    "事实文本中文过少（" + han + " 个汉字，至少需要 " + SuggestionModel.MIN_HAN + " 个），无事实可供计算",
                                    "the fact text has too little Chinese (" + han + " Chinese characters, at least "
                                            + SuggestionModel.MIN_HAN + " needed): no facts to calculate from"));
            return notCalculated(choice, problems, Optional.empty(), NOT_DETERMINED);
        }
        if (choice.charge().isEmpty()) {
            problems.add(choice.basis());
            return notCalculated(choice, problems, Optional.empty(), NOT_DETERMINED);
        }
        ChargeRule charge = choice.charge().get();
        Optional<MeasuredQuantity> quantity = QuantityReader.read(facts, charge, problems);
        Wording measure = measureWords(charge.measure());
        if (charge.measure() != Measure.NONE && quantity.isEmpty()) {
            problems.add(new Wording(
                    "事实中未找到" + measure.zh() + "：档次仅依用语确定，不计数额增量",
                    "no " + measure.en() + " found in the facts: the tier is chosen from the "
                            + "wording only and no increment for the quantity is added"));
        }
        record TierChoice(Tier tier, Wording basis) {}
        TierChoice chosen = null;
        List<Tier> tiers = charge.tiers();
        for (int i = tiers.size() - 1; i >= 0 && chosen == null; i--) {
            Tier t = tiers.get(i);
            if (t.atLeast().isPresent()
                    && quantity.isPresent()
                    && quantity.get().value() >= t.atLeast().getAsDouble()) {
                // the wording that reaches the same tier (入户盗窃, 扒窃 …) is named too: it is a trigger of its own
                Optional<Mention> also = PhraseFinder.find(facts, t.keywords());
                String reached = quantity.get().describe() + " ≥ "
                        + Months.format(t.atLeast().getAsDouble());
                chosen = new TierChoice(
                        t,
                        new Wording(
                                reached
                                        + also.map(m -> "，且有用语“" + m.matched() + "”")
                                                .orElse("") + " → " + t.label(),
                                reached
                                        + also.map(m -> " and the wording '" + m.matched() + "'")
                                                .orElse("") + " → " + t.label()));
            } else {
                Optional<Mention> m = PhraseFinder.find(facts, t.keywords());
                if (m.isPresent()) {
                    String w = m.get().matched();
                    chosen = new TierChoice(
                            t, new Wording("用语“" + w + "” → " + t.label(), "the wording '" + w + "' → " + t.label()));
                } else if (t.always()) {
                    chosen = new TierChoice(t, new Wording("基本档次：" + t.label(), "the basic tier: " + t.label()));
                }
            }
        }
        if (chosen == null) {
            Tier lowest = tiers.get(0);
            Wording why;
            if (quantity.isPresent() && lowest.atLeast().isPresent()) {
                String q = quantity.get().describe();
                String threshold = Months.format(lowest.atLeast().getAsDouble()) + " "
                        + charge.measure().unit();
                why = new Wording(
                        q + " 低于最低档次的起点（" + threshold + "，" + lowest.label() + "），也未找到其他档次的用语：依这些规则，事实未达到应处刑罚的档次",
                        q + " is below the threshold of the lowest tier (" + threshold + ", " + lowest.label()
                                + ") and no wording of another tier was found: by these rules the facts"
                                + " do not reach a punishable tier");
            } else if (charge.measure() == Measure.NONE) {
                why = new Wording(
                        "无法确定" + charge.name() + "的档次：未找到任何档次的用语（如伤情等级）",
                        "no tier of " + charge.name() + " could be determined: none of the tiers' wording (e.g."
                                + " injury grade) was found");
            } else {
                why = new Wording(
                        "无法确定" + charge.name() + "的档次：既无" + measure.zh() + "，也无任何档次的用语",
                        "no tier of " + charge.name() + " could be determined: no " + measure.en()
                                + " and none of the tiers' wording found");
            }
            problems.add(why);
            return notCalculated(choice, problems, quantity, why);
        }
        Tier tier = chosen.tier();
        List<DetectedCircumstance> found = CircumstanceDetector.detect(facts, rules, charge);
        List<Wording> notes = new ArrayList<>();
        if (tier.startMonths().isEmpty()) {
            problems.add(new Wording(
                    "规则未给出" + tier.label() + "的量刑起点（" + tier.source() + "）：只有法定刑幅度 "
                            + tier.statutory().describe(true),
                    "the rules give no starting point for " + tier.label() + " (" + tier.source()
                            + "): only the statutory range " + tier.statutory().describe() + " is given"));
            return new SentencingResult(
                    SentencingResult.Status.RANGE_ONLY,
                    rules.version(),
                    rules.origin(),
                    choice,
                    quantity,
                    Optional.of(tier),
                    chosen.basis(),
                    List.of(),
                    found,
                    OptionalDouble.empty(),
                    problems,
                    notes);
        }
        List<SentencingStep> steps = new ArrayList<>();
        double start = tier.startMonths().getAsDouble();
        MonthRange sr = tier.startingRange().orElseThrow();
        steps.add(new SentencingStep(
                charge.id() + "." + tier.id() + ".start",
                new Wording("量刑起点", "starting point (量刑起点)"),
                OptionalDouble.empty(),
                start,
                start,
                tier.source(),
                new Wording(
                        "取指导意见幅度 " + sr.describe(true) + " 中的适用点",
                        "applied point of the guideline's range " + sr.describe())));
        double current = start;
        if (tier.increment().isPresent() && quantity.isPresent()) {
            Increment inc = tier.increment().get();
            long n = inc.steps(quantity.get().value());
            double add = n * inc.months();
            current += add;
            steps.add(new SentencingStep(
                    charge.id() + "." + tier.id() + ".increment",
                    new Wording("基准刑", "base penalty (基准刑)"),
                    OptionalDouble.empty(),
                    add,
                    current,
                    rules.jurisdiction().isEmpty()
                            ? tier.source()
                            : tier.source() + "; amounts: " + rules.jurisdiction(),
                    incrementNote(quantity.get(), inc, n)));
        } else if (tier.increment().isPresent()) {
            problems.add(new Wording(
                    "基准刑仅为量刑起点：增加刑罚量需要" + measure.zh(),
                    "the base penalty is the starting point alone: the increment needs the " + measure.en()));
        }
        if (current > tier.statutory().maxMonths()) {
            double max = tier.statutory().maxMonths();
            steps.add(new SentencingStep(
                    "statutory-maximum",
                    new Wording("基准刑以法定最高刑为限", "base penalty at the statutory maximum"),
                    OptionalDouble.empty(),
                    max - current,
                    max,
                    charge.article(),
                    new Wording(
                            "基准刑不得超过 " + tier.statutory().describe(true),
                            "the base penalty cannot exceed " + tier.statutory().describe())));
            current = max;
        }
        List<DetectedCircumstance> applied =
                found.stream().filter(DetectedCircumstance::applied).toList();
        for (DetectedCircumstance d : applied) {
            CircumstanceRule r = d.rule();
            if (r.stage() != Stage.FIRST) {
                continue;
            }
            double change = change(current, r.appliedPercent(), r);
            current += change;
            String on = Months.format(current - change) + " × " + percent(r.appliedPercent());
            String phrase = d.mention().phrase();
            steps.add(new SentencingStep(
                    r.id(),
                    new Wording(r.name(), r.name()),
                    OptionalDouble.of(r.appliedPercent()),
                    change,
                    current,
                    r.source(),
                    new Wording(
                            "先行适用于当前结果（" + on + "）；依据：“" + phrase + "”",
                            "applied first, on the running result (" + on + "); found: '" + phrase + "'")));
        }
        double reference = current;
        for (DetectedCircumstance d : applied) {
            CircumstanceRule r = d.rule();
            if (r.stage() != Stage.ADDITIVE) {
                continue;
            }
            double p = r.appliedPercent();
            Wording capNote = new Wording("", "");
            if (r.cap().isPresent()) {
                CircumstanceRule.Cap cap = r.cap().get();
                double others = applied.stream()
                        .filter(o -> cap.with().contains(o.rule().id()))
                        .mapToDouble(o -> o.rule().appliedPercent())
                        .sum();
                double allowed = cap.totalPercent() < 0
                        ? Math.min(0, Math.max(p, cap.totalPercent() - others))
                        : Math.max(0, Math.min(p, cap.totalPercent() - others));
                if (allowed != p) {
                    capNote = new Wording(
                            "；由 " + percent(p) + " 减至与不重复评价的情节合计不超过 " + percent(cap.totalPercent()),
                            "; cut from " + percent(p) + " so that it and the circumstances it is not evaluated "
                                    + "twice with stay within " + percent(cap.totalPercent()));
                    p = allowed;
                }
            }
            double change = change(reference, p, r);
            current += change;
            String on = Months.format(reference) + " × " + percent(p);
            boolean raised = Math.abs(change) > Math.abs(reference * p / 100) + 1e-9;
            String minimum = Months.format(r.minMonths().orElse(0));
            String phrase = d.mention().phrase();
            steps.add(new SentencingStep(
                    r.id(),
                    new Wording(r.name(), r.name()),
                    OptionalDouble.of(p),
                    change,
                    current,
                    r.source(),
                    new Wording(
                            "同向相加、逆向相减：" + on + (raised ? "，提高到最低 " + minimum + " 个月" : "") + capNote.zh() + "；依据：“"
                                    + phrase + "”",
                            "added to the others (同向相加、逆向相减): " + on
                                    + (raised ? ", raised to the minimum of " + minimum + " months" : "")
                                    + capNote.en() + "; found: '" + phrase + "'")));
        }
        current = limit(current, tier, charge, applied, steps, notes);
        notes.add(new Wording(
                "指导意见允许法院综合全案在 20% 幅度内调整结果，并决定缓刑、罚金和免予处罚；此处均未适用",
                "the guideline lets the court adjust the result within 20% considering the whole case, and decides"
                        + " probation, fines and exemption; none of that is applied here"));
        return new SentencingResult(
                SentencingResult.Status.CALCULATED,
                rules.version(),
                rules.origin(),
                choice,
                quantity,
                Optional.of(tier),
                chosen.basis(),
                steps,
                found,
                OptionalDouble.of(Months.round(current)),
                problems,
                notes);
    }

    private static double change(double of, double percent, CircumstanceRule r) {
        double change = of * percent / 100;
        if (r.minMonths().isPresent()
                && percent != 0
                && Math.abs(change) < r.minMonths().getAsDouble()) {
            change = Math.signum(percent) * r.minMonths().getAsDouble();
        }
        return change;
    }

    private static double limit(
            double current,
            Tier tier,
            ChargeRule charge,
            List<DetectedCircumstance> applied,
            List<SentencingStep> steps,
            List<Wording> notes) {
        MonthRange law = tier.statutory();
        if (current > law.maxMonths()) {
            steps.add(new SentencingStep(
                    "statutory-maximum",
                    new Wording("法定最高刑", "statutory maximum (法定最高刑)"),
                    OptionalDouble.empty(),
                    law.maxMonths() - current,
                    law.maxMonths(),
                    charge.article(),
                    new Wording("限于 " + law.describe(true), "kept within " + law.describe())));
            current = law.maxMonths();
        }
        if (law.life() || law.death()) {
            boolean both = law.life() && law.death();
            notes.add(new Wording(
                    "法定刑还包括" + (both ? "无期徒刑或者死刑" : law.life() ? "无期徒刑" : "死刑") + "；本计算只给出有期徒刑",
                    "the statutory range also allows "
                            + (both ? "life imprisonment or death" : law.life() ? "life imprisonment" : "death")
                            + "; the calculator gives fixed terms only"));
        }
        if (current < law.minMonths()) {
            Optional<DetectedCircumstance> mitigating =
                    applied.stream().filter(d -> d.rule().belowMinimum()).findFirst();
            if (mitigating.isPresent()) {
                CircumstanceRule because = mitigating.get().rule();
                String min = Months.format(law.minMonths());
                notes.add(new Wording(
                        "结果低于法定最低刑 " + min + " 个月：因" + because.name() + "（" + because.source() + "）可以减轻处罚",
                        "the result is below the statutory minimum of " + min + " months: allowed (减轻处罚) because of "
                                + because.name() + " (" + because.source() + ")"));
                if (current < tier.mitigatedFloorMonths()) {
                    steps.add(new SentencingStep(
                            "mitigation-floor",
                            new Wording("减轻处罚的下限", "floor of mitigation (减轻处罚)"),
                            OptionalDouble.empty(),
                            tier.mitigatedFloorMonths() - current,
                            tier.mitigatedFloorMonths(),
                            "刑法第63条",
                            new Wording(
                                    "不低于 " + Months.format(tier.mitigatedFloorMonths()) + " 个月",
                                    "not below " + Months.format(tier.mitigatedFloorMonths()) + " months")));
                    current = tier.mitigatedFloorMonths();
                }
            } else {
                steps.add(new SentencingStep(
                        "statutory-minimum",
                        new Wording("法定最低刑", "statutory minimum (法定最低刑)"),
                        OptionalDouble.empty(),
                        law.minMonths() - current,
                        law.minMonths(),
                        charge.article(),
                        new Wording(
                                "未发现可以减轻处罚的情节：限于 " + law.describe(true),
                                "no circumstance found allows 减轻处罚: kept within " + law.describe())));
                current = law.minMonths();
            }
        }
        return current;
    }

    private SentencingResult notCalculated(
            ChargeChoice choice, List<Wording> problems, Optional<MeasuredQuantity> quantity, Wording tierBasis) {
        return new SentencingResult(
                SentencingResult.Status.NOT_CALCULATED,
                rules.version(),
                rules.origin(),
                choice,
                quantity,
                Optional.empty(),
                tierBasis,
                List.of(),
                List.of(),
                OptionalDouble.empty(),
                problems,
                List.of());
    }

    private static String percent(double p) {
        return (p > 0 ? "+" : "") + Months.format(p) + "%";
    }

    private static Wording incrementNote(MeasuredQuantity q, Increment inc, long n) {
        String sum = "(" + q.describe() + " − " + Months.format(inc.from()) + ") / " + Months.format(inc.every())
                + " = " + n;
        return new Wording(
                "数额增量：" + sum + " 个整档 × " + Months.format(inc.months()) + " 个月",
                "increment for the quantity: " + sum + " full steps × " + Months.format(inc.months()) + " months");
    }

    private static Wording measureWords(Measure m) {
        return switch (m) {
            case AMOUNT_CNY -> new Wording("数额", "amount of money");
            case DRUG_G -> new Wording("毒品数量", "drug weight");
            case BLOOD_ALCOHOL -> new Wording("血液酒精含量", "blood alcohol concentration");
            case NONE -> new Wording("数量", "quantity");
        };
    }
}
