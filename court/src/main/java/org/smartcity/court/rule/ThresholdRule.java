package org.smartcity.court.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;
import org.smartcity.court.standard.EvidenceStandard;
import org.smartcity.court.standard.Threshold;

/**
 * {@code below-threshold}: the offence does not reach a threshold of its standard (theft &lt; 1,000 CNY unless
 * burglary, pickpocketing, armed or repeated theft; fraud &lt; 3,000 CNY; blood alcohol &lt; 80 mg/100 ml). The value
 * is the offence's; when the offence has none, the price appraisal's or blood test's. Items stating the value are
 * cited.
 */
public final class ThresholdRule implements Rule {
    @Override
    public String id() {
        return "standard.threshold";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.BELOW_THRESHOLD;
    }

    @Override
    public String basis() {
        return "刑法及相关司法解释规定的数额/含量标准";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (EvidenceStandard s : ctx.standards()) {
            if (s.skipRules().contains(id())) {
                continue;
            }
            for (Threshold t : s.thresholds()) {
                if (t.unless().stream().anyMatch(ctx::holds)) {
                    continue;
                }
                Optional<BigDecimal> value = value(ctx, t.fact());
                if (value.isEmpty() || value.get().compareTo(t.minimum()) >= 0) {
                    continue;
                }
                boolean money = t.fact().equals("amount_cny");
                String v = value.get().stripTrailingZeros().toPlainString();
                String min = t.minimum().stripTrailingZeros().toPlainString();
                out.add(Finding.of(kind(), id(), s.law() + "及相关司法解释（" + s.label() + "）")
                        .cites(cites(ctx, t.fact()))
                        .message(
                                money
                                        ? s.nameZh() + "数额" + v + "元，未达到" + min + "元的追诉标准"
                                        : "血液酒精含量" + v + "mg/100ml，未达到" + min + "mg/100ml的醉驾标准",
                                money
                                        ? s.nameEn() + " amount " + v + " CNY is below the threshold of " + min + " CNY"
                                        : "blood alcohol " + v + " mg/100 ml is below " + min + " mg/100 ml")
                        .build());
            }
        }
        return out.isEmpty() ? out : List.of(out.get(0));
    }

    private static Optional<BigDecimal> value(ReviewContext ctx, String fact) {
        var o = ctx.caseFile().offence();
        if (fact.equals("amount_cny")) {
            return o.amount_cny().or(() -> fromItems(ctx, EvidenceKind.PRICE_APPRAISAL, true));
        }
        return o.bloodAlcohol_mg100ml().or(() -> fromItems(ctx, EvidenceKind.BLOOD_ALCOHOL_TEST, false));
    }

    private static Optional<BigDecimal> fromItems(ReviewContext ctx, EvidenceKind kind, boolean money) {
        for (EvidenceItem e : ctx.caseFile().itemsOfKind(kind)) {
            var facts = money ? ctx.facts().amounts() : ctx.facts().bloodAlcohol();
            var q = facts.get(e);
            if (q != null && !q.isEmpty() && q.get(0).value().isExact()) {
                return Optional.of(q.get(0).value().value());
            }
        }
        return Optional.empty();
    }

    private static List<String> cites(ReviewContext ctx, String fact) {
        var facts =
                fact.equals("amount_cny") ? ctx.facts().amounts() : ctx.facts().bloodAlcohol();
        return facts.keySet().stream().map(EvidenceItem::id).toList();
    }
}
