package org.smartcity.court.sentencing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.smartcity.court.suggest.FactTerms;
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
 * plainly, and nothing is calculated from a guess. Stateless and thread-safe.
 */
public final class GuidelineCalculator {
    private final SentencingRules rules;

    public GuidelineCalculator(SentencingRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    /** The rules this calculator applies. */
    public SentencingRules rules() {
        return rules;
    }

    /** Calculates the guideline term for {@code text} under the chosen charge. */
    public SentencingResult calculate(String text, ChargeChoice choice) {
        String facts = text == null ? "" : text.strip();
        List<String> problems = new ArrayList<>();
        int han = FactTerms.hanCount(facts);
        if (han < SuggestionModel.MIN_HAN) {
            problems.add(
                    facts.isEmpty()
                            ? "the fact text is empty: nothing can be calculated"
                            : "the fact text has too little Chinese (" + han + " Chinese characters, at least "
                                    + SuggestionModel.MIN_HAN + " needed): no facts to calculate from");
            return notCalculated(choice, problems, Optional.empty(), "not determined");
        }
        if (choice.charge().isEmpty()) {
            problems.add(choice.basis());
            return notCalculated(choice, problems, Optional.empty(), "not determined");
        }
        ChargeRule charge = choice.charge().get();
        Optional<MeasuredQuantity> quantity = QuantityReader.read(facts, charge, problems);
        if (charge.measure() != Measure.NONE && quantity.isEmpty()) {
            problems.add("no " + measureWords(charge.measure()) + " found in the facts: the tier is chosen from the "
                    + "wording only and no increment for the quantity is added");
        }
        record TierChoice(Tier tier, String basis) {}
        TierChoice chosen = null;
        List<Tier> tiers = charge.tiers();
        for (int i = tiers.size() - 1; i >= 0 && chosen == null; i--) {
            Tier t = tiers.get(i);
            if (t.atLeast().isPresent()
                    && quantity.isPresent()
                    && quantity.get().value() >= t.atLeast().getAsDouble()) {
                // the wording that reaches the same tier (入户盗窃, 扒窃 …) is named too: it is a trigger of its own
                Optional<Mention> also = PhraseFinder.find(facts, t.keywords());
                chosen = new TierChoice(
                        t,
                        quantity.get().describe() + " ≥ "
                                + Months.format(t.atLeast().getAsDouble())
                                + also.map(m -> " and the wording '" + m.matched() + "'")
                                        .orElse("")
                                + " → " + t.label());
            } else {
                Optional<Mention> m = PhraseFinder.find(facts, t.keywords());
                if (m.isPresent()) {
                    chosen = new TierChoice(t, "the wording '" + m.get().matched() + "' → " + t.label());
                } else if (t.always()) {
                    chosen = new TierChoice(t, "the basic tier: " + t.label());
                }
            }
        }
        if (chosen == null) {
            Tier lowest = tiers.get(0);
            String why = quantity.isPresent() && lowest.atLeast().isPresent()
                    ? quantity.get().describe() + " is below the threshold of the lowest tier ("
                            + Months.format(lowest.atLeast().getAsDouble()) + " "
                            + charge.measure().unit() + ", "
                            + lowest.label() + ") and no wording of another tier was found: by these rules the facts"
                            + " do not reach a punishable tier"
                    : "no tier of " + charge.name() + " could be determined: "
                            + (charge.measure() == Measure.NONE
                                    ? "none of the tiers' wording (e.g. injury grade) was found"
                                    : "no " + measureWords(charge.measure()) + " and none of the tiers' wording found");
            problems.add(why);
            return notCalculated(choice, problems, quantity, why);
        }
        Tier tier = chosen.tier();
        List<DetectedCircumstance> found = CircumstanceDetector.detect(facts, rules, charge);
        List<String> notes = new ArrayList<>();
        if (tier.startMonths().isEmpty()) {
            problems.add("the rules give no starting point for " + tier.label() + " (" + tier.source()
                    + "): only the statutory range " + tier.statutory().describe() + " is given");
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
                "量刑起点 (starting point)",
                OptionalDouble.empty(),
                start,
                start,
                tier.source(),
                "applied point of the guideline's range " + sr.describe()));
        double current = start;
        if (tier.increment().isPresent() && quantity.isPresent()) {
            Increment inc = tier.increment().get();
            long n = inc.steps(quantity.get().value());
            double add = n * inc.months();
            current += add;
            steps.add(new SentencingStep(
                    charge.id() + "." + tier.id() + ".increment",
                    "基准刑 (base penalty)",
                    OptionalDouble.empty(),
                    add,
                    current,
                    rules.jurisdiction().isEmpty()
                            ? tier.source()
                            : tier.source() + "; amounts: " + rules.jurisdiction(),
                    "increment for the quantity: (" + quantity.get().describe() + " − " + Months.format(inc.from())
                            + ") / "
                            + Months.format(inc.every()) + " = " + n + " full steps × " + Months.format(inc.months())
                            + " months"));
        } else if (tier.increment().isPresent()) {
            problems.add("the base penalty is the starting point alone: the increment needs the "
                    + measureWords(charge.measure()));
        }
        if (current > tier.statutory().maxMonths()) {
            double max = tier.statutory().maxMonths();
            steps.add(new SentencingStep(
                    "statutory-maximum",
                    "基准刑 at the statutory maximum",
                    OptionalDouble.empty(),
                    max - current,
                    max,
                    charge.article(),
                    "the base penalty cannot exceed " + tier.statutory().describe()));
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
            steps.add(new SentencingStep(
                    r.id(),
                    r.name(),
                    OptionalDouble.of(r.appliedPercent()),
                    change,
                    current,
                    r.source(),
                    "applied first, on the running result (" + Months.format(current - change) + " × "
                            + percent(r.appliedPercent()) + "); found: '"
                            + d.mention().phrase() + "'"));
        }
        double reference = current;
        for (DetectedCircumstance d : applied) {
            CircumstanceRule r = d.rule();
            if (r.stage() != Stage.ADDITIVE) {
                continue;
            }
            double p = r.appliedPercent();
            String capNote = "";
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
                    capNote = "; cut from " + percent(p) + " so that it and the circumstances it is not evaluated "
                            + "twice with stay within " + percent(cap.totalPercent());
                    p = allowed;
                }
            }
            double change = change(reference, p, r);
            current += change;
            steps.add(new SentencingStep(
                    r.id(),
                    r.name(),
                    OptionalDouble.of(p),
                    change,
                    current,
                    r.source(),
                    "added to the others (同向相加、逆向相减): " + Months.format(reference) + " × " + percent(p)
                            + (Math.abs(change) > Math.abs(reference * p / 100) + 1e-9
                                    ? ", raised to the minimum of "
                                            + Months.format(r.minMonths().orElse(0)) + " months"
                                    : "")
                            + capNote + "; found: '" + d.mention().phrase() + "'"));
        }
        current = limit(current, tier, charge, applied, steps, notes);
        notes.add("the guideline lets the court adjust the result within 20% considering the whole case, and decides"
                + " probation, fines and exemption; none of that is applied here");
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
            List<String> notes) {
        MonthRange law = tier.statutory();
        if (current > law.maxMonths()) {
            steps.add(new SentencingStep(
                    "statutory-maximum",
                    "法定最高刑 (statutory maximum)",
                    OptionalDouble.empty(),
                    law.maxMonths() - current,
                    law.maxMonths(),
                    charge.article(),
                    "kept within " + law.describe()));
            current = law.maxMonths();
        }
        if (law.life() || law.death()) {
            notes.add("the statutory range also allows "
                    + (law.life() && law.death()
                            ? "life imprisonment or death"
                            : law.life() ? "life imprisonment" : "death")
                    + "; the calculator gives fixed terms only");
        }
        if (current < law.minMonths()) {
            Optional<DetectedCircumstance> mitigating =
                    applied.stream().filter(d -> d.rule().belowMinimum()).findFirst();
            if (mitigating.isPresent()) {
                notes.add("the result is below the statutory minimum of " + Months.format(law.minMonths())
                        + " months: allowed (减轻处罚) because of "
                        + mitigating.get().rule().name() + " ("
                        + mitigating.get().rule().source() + ")");
                if (current < tier.mitigatedFloorMonths()) {
                    steps.add(new SentencingStep(
                            "mitigation-floor",
                            "减轻处罚 floor",
                            OptionalDouble.empty(),
                            tier.mitigatedFloorMonths() - current,
                            tier.mitigatedFloorMonths(),
                            "刑法第63条",
                            "not below " + Months.format(tier.mitigatedFloorMonths()) + " months"));
                    current = tier.mitigatedFloorMonths();
                }
            } else {
                steps.add(new SentencingStep(
                        "statutory-minimum",
                        "法定最低刑 (statutory minimum)",
                        OptionalDouble.empty(),
                        law.minMonths() - current,
                        law.minMonths(),
                        charge.article(),
                        "no circumstance found allows 减轻处罚: kept within " + law.describe()));
                current = law.minMonths();
            }
        }
        return current;
    }

    private SentencingResult notCalculated(
            ChargeChoice choice, List<String> problems, Optional<MeasuredQuantity> quantity, String tierBasis) {
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

    private static String measureWords(Measure m) {
        return switch (m) {
            case AMOUNT_CNY -> "amount of money";
            case DRUG_G -> "drug weight";
            case BLOOD_ALCOHOL -> "blood alcohol concentration";
            case NONE -> "quantity";
        };
    }
}
