package org.smartcity.court.sentencing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which charge's rules the calculation uses and why: given by the user, the suggestion model's top charge, or the
 * wording of the facts. Immutable.
 *
 * @param charge the charge's rules; empty when none could be chosen
 * @param basis how it was chosen, or why none was, in both languages
 */
public record ChargeChoice(Optional<ChargeRule> charge, Wording basis) {
    /** The charge the user named; empty with an explanation when the rules do not know it. */
    public static ChargeChoice given(SentencingRules rules, String name) {
        Optional<ChargeRule> c = rules.findCharge(name);
        String known = String.join("、", rules.chargeNames());
        return c.map(r -> new ChargeChoice(c, new Wording("指定：" + r.name(), "given: " + r.name())))
                .orElseGet(() -> new ChargeChoice(
                        Optional.empty(),
                        new Wording(
                                "规则中没有罪名“" + name + "”的量刑规则（已有：" + known + "）",
                                "no sentencing rules for the charge '" + name + "' (rules exist for: " + known + ")")));
    }

    /** The suggestion model's top charge with its probability. */
    public static ChargeChoice fromModel(SentencingRules rules, String label, double probability) {
        String p = String.format(java.util.Locale.ROOT, "%.2f", probability);
        Optional<ChargeRule> c = rules.findCharge(label);
        String known = String.join("、", rules.chargeNames());
        return c.map(r -> new ChargeChoice(
                        c,
                        new Wording(
                                "推荐模型的首选罪名：" + r.name() + "（概率 " + p + "）",
                                "the suggestion model's top charge: " + r.name() + " (p " + p + ")")))
                .orElseGet(() -> new ChargeChoice(
                        Optional.empty(),
                        new Wording(
                                "推荐模型的首选罪名为" + label + "（概率 " + p + "），规则中没有其量刑规则（已有：" + known + "）",
                                "the suggestion model's top charge is " + label + " (p " + p
                                        + "), which has no sentencing rules (rules exist for: " + known + ")")));
    }

    /**
     * The charge whose wording ({@link ChargeRule#detect()}) occurs most often in the facts (not negated); empty when
     * none occurs or two charges tie.
     */
    public static ChargeChoice fromWording(SentencingRules rules, String text) {
        record Count(ChargeRule rule, int n) {}
        List<Count> counts = new ArrayList<>();
        for (ChargeRule r : rules.charges()) {
            int n = PhraseFinder.count(text, r.detect());
            if (n > 0) {
                counts.add(new Count(r, n));
            }
        }
        counts.sort(Comparator.comparingInt(Count::n).reversed());
        if (counts.isEmpty()) {
            String known = String.join("、", rules.chargeNames());
            return new ChargeChoice(
                    Optional.empty(),
                    new Wording(
                            "未指定罪名，事实中也没有规则所知罪名（" + known + "）的用语；请指定罪名",
                            "no charge given and the facts contain none of the wording of the charges the rules know ("
                                    + known + "); give --charge"));
        }
        if (counts.size() > 1 && counts.get(0).n() == counts.get(1).n()) {
            String a = counts.get(0).rule().name();
            String b = counts.get(1).rule().name();
            return new ChargeChoice(
                    Optional.empty(),
                    new Wording(
                            "未指定罪名，事实用语同等指向" + a + "和" + b + "；请指定罪名",
                            "no charge given and the wording points equally to " + a + " and " + b
                                    + "; give --charge"));
        }
        ChargeRule best = counts.get(0).rule();
        String phrase =
                PhraseFinder.find(text, best.detect()).map(Mention::matched).orElse("");
        int n = counts.get(0).n();
        return new ChargeChoice(
                Optional.of(best),
                new Wording(
                        "依事实用语选定：" + best.name() + "（" + n + " 处，如“" + phrase + "”；未提供模型）",
                        "chosen from the wording of the facts: " + best.name() + " (" + n
                                + (n == 1 ? " mention: '" : " mentions such as '") + phrase
                                + "'; no model was given)"));
    }
}
