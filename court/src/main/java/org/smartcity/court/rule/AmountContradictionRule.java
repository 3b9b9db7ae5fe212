package org.smartcity.court.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code amount-contradiction}: items (or an item and the offence) state amounts of money, drug weights or blood
 * alcohol for the offence that differ by more than 10% of the larger. A vague amount is a bound ({@code 两百多元}
 * disagrees only with a smaller value). One finding per quantity in dispute.
 *
 * <p>An item may state several readings of one quantity (the value of each object and their sum); it agrees when
 * one of them does. With an amount in the offence, an item disagrees when none of its readings agrees with the
 * offence's amount or with an amount the offence's own text states for a part of it (the cash, one object); the
 * finding then lists the disagreeing items and those that state the offence's amount. Without one, the items are
 * in dispute when two of them have no reading in common. An amount of money an item states alone is its claim for the
 * whole (bound parts were left out before): another item listing a part of that value does not explain it; a drug
 * weight may be one packet of several another item lists, and is explained by it.
 */
public final class AmountContradictionRule implements Rule {
    private static final double TOLERANCE = 0.10;

    @Override
    public String id() {
        return "facts.amount-consistent";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.AMOUNT_CONTRADICTION;
    }

    @Override
    public String basis() {
        return "最高法关于适用刑事诉讼法的解释第一百三十九条、第一百四十条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        var offence = ctx.caseFile().offence();
        CaseFacts facts = ctx.facts();
        List<Finding> out = new ArrayList<>();
        compare(
                        ctx,
                        facts.amounts(),
                        offence.amount_cny(),
                        facts.offencePartAmounts(),
                        false,
                        "金额",
                        "amount",
                        "元",
                        " CNY")
                .ifPresent(out::add);
        compare(ctx, facts.drugWeights(), offence.drugWeight_g(), List.of(), true, "毒品重量", "drug weight", "克", " g")
                .ifPresent(out::add);
        compare(
                        ctx,
                        facts.bloodAlcohol(),
                        offence.bloodAlcohol_mg100ml(),
                        List.of(),
                        true,
                        "血液酒精含量",
                        "blood alcohol",
                        "mg/100ml",
                        " mg/100 ml")
                .ifPresent(out::add);
        return out;
    }

    private Optional<Finding> compare(
            ReviewContext ctx,
            Map<EvidenceItem, List<Stated<Quantity>>> stated,
            Optional<BigDecimal> offence,
            List<BigDecimal> offenceParts,
            boolean viaAnchored,
            String whatZh,
            String whatEn,
            String unitZh,
            String unitEn) {
        Predicate<Stated<Quantity>> main = offence.map(v -> agreesWith(v))
                .map(p -> (Predicate<Stated<Quantity>>) s -> p.test(s.value()))
                .orElse(null);
        Predicate<Stated<Quantity>> part =
                s -> offenceParts.stream().anyMatch(p -> agreesWith(p).test(s.value()));
        Map<EvidenceItem, Stated<Quantity>> disputed = Disputes.disputed(
                stated, main, part, (a, b) -> !a.value().disagreesWith(b.value(), TOLERANCE), viaAnchored);
        if (disputed.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder zh = new StringBuilder("各证据对" + whatZh + "的记载相差超过10%：");
        StringBuilder en = new StringBuilder("the items state " + whatEn + "s more than 10% apart: ");
        Disputes.quote(ctx, disputed, q -> render(q) + unitZh, q -> render(q) + unitEn, zh, en);
        offence.ifPresent(v -> {
            zh.append("起诉事实为").append(v.toPlainString()).append(unitZh);
            en.append("the offence as charged: ").append(v.toPlainString()).append(unitEn);
        });
        return Optional.of(Finding.of(kind(), id(), basis())
                .evidence(disputed.keySet().stream().map(EvidenceItem::id).toList())
                .message(zh.toString(), en.toString())
                .build());
    }

    private static Predicate<Quantity> agreesWith(BigDecimal v) {
        Quantity o = Quantity.exact(v, 0, 0);
        return q -> !q.disagreesWith(o, TOLERANCE);
    }

    private static String render(Quantity q) {
        if (q.isExact()) {
            return q.value().stripTrailingZeros().toPlainString();
        }
        String lo = q.low() == null ? "" : q.low().stripTrailingZeros().toPlainString() + "+";
        String hi = q.high() == null ? "" : "≤" + q.high().stripTrailingZeros().toPlainString();
        return lo + hi;
    }
}
