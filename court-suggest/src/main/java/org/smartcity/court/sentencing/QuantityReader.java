package org.smartcity.court.sentencing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.extract.QuantityExtractor;

/**
 * Reads a charge's measure from fact text with {@link QuantityExtractor}: a total stated with {@code 共计 / 合计 / 总计 /
 * 累计} wins; otherwise the largest value. Money mentioned with restitution, compensation or fines ({@code 退赔},
 * {@code 赔偿}, {@code 罚金} …) is not the amount of the crime and is skipped. Drug weights are converted to heroin
 * equivalent with the drug named nearest before the weight (or the only drug named). Stateless.
 */
final class QuantityReader {
    private static final Pattern TOTAL = Pattern.compile("共计|合计|总计|累计|总价值|总额|共价值|共.{0,3}价值");
    private static final Pattern NOT_THE_CRIME =
            Pattern.compile("退赃|退赔|退还|返还|赔偿|赔付|补偿|罚金|罚款|谅解|保证金|鉴定费|追回|发还|缴获.{0,4}现金");
    private static final int DRUG_WINDOW = 40;

    private QuantityReader() {}

    /**
     * The quantity for {@code charge}, or empty when the facts state none (then {@code problems} says so).
     *
     * @param problems receives what could not be read, one sentence each
     */
    static Optional<MeasuredQuantity> read(String text, ChargeRule charge, List<Wording> problems) {
        return switch (charge.measure()) {
            case AMOUNT_CNY ->
                pick(text, QuantityExtractor.money(text), true)
                        .map(p -> new MeasuredQuantity(p.value(), Measure.AMOUNT_CNY, p.mention(), p.how()));
            case BLOOD_ALCOHOL ->
                pick(text, QuantityExtractor.bloodAlcohol(text), false)
                        .map(p -> new MeasuredQuantity(p.value(), Measure.BLOOD_ALCOHOL, p.mention(), p.how()));
            case DRUG_G -> drug(text, charge, problems);
            case NONE -> Optional.empty();
        };
    }

    private record Pick(double value, Mention mention, String how, int start) {}

    private static Optional<Pick> pick(String text, List<Quantity> found, boolean skipNonCrime) {
        List<Quantity> usable = new ArrayList<>();
        for (Quantity q : found) {
            Mention m = PhraseFinder.mention(text, q.start(), q.end());
            if (skipNonCrime && NOT_THE_CRIME.matcher(m.phrase()).find()) {
                continue;
            }
            usable.add(q);
        }
        Quantity total = null;
        for (Quantity q : usable) {
            int from = Math.max(0, q.start() - 12);
            if (TOTAL.matcher(text.substring(from, q.start())).find() && (total == null || larger(q, total))) {
                total = q;
            }
        }
        if (total != null) {
            return Optional.of(new Pick(
                    total.value().doubleValue(),
                    PhraseFinder.mention(text, total.start(), total.end()),
                    "the total stated",
                    total.start()));
        }
        Quantity largest = null;
        for (Quantity q : usable) {
            if (largest == null || larger(q, largest)) {
                largest = q;
            }
        }
        if (largest == null) {
            return Optional.empty();
        }
        String how = usable.size() == 1
                ? "the only value stated"
                : "the largest of " + usable.size() + " values stated (a total of several acts may be higher)";
        return Optional.of(new Pick(
                largest.value().doubleValue(),
                PhraseFinder.mention(text, largest.start(), largest.end()),
                how,
                largest.start()));
    }

    private static boolean larger(Quantity a, Quantity b) {
        return a.value().compareTo(b.value()) > 0;
    }

    private static Optional<MeasuredQuantity> drug(String text, ChargeRule charge, List<Wording> problems) {
        Optional<Pick> weight = pick(text, QuantityExtractor.weight(text), false);
        if (weight.isEmpty()) {
            return Optional.empty();
        }
        Pick w = weight.get();
        DrugKind kind = nearestDrugBefore(text, charge.drugs(), w.start());
        if (kind == null) {
            List<DrugKind> named = charge.drugs().stream()
                    .filter(d -> PhraseFinder.find(text, d.patterns()).isPresent())
                    .toList();
            if (named.size() == 1) {
                kind = named.get(0);
            } else {
                String grams = Months.format(w.value());
                String known = String.join(
                        "、", charge.drugs().stream().map(DrugKind::name).toList());
                problems.add(new Wording(
                        "写明了毒品重量（" + grams + " 克），但" + (named.isEmpty() ? "未写明规则所知的毒品" : "写明了多种毒品") + "（已知：" + known
                                + "）：无法折算",
                        "a drug weight (" + grams + " g) is stated, but "
                                + (named.isEmpty() ? "no drug the rules know is named" : "several drugs are named")
                                + " (known: " + known + "): the weight cannot be converted"));
                return Optional.empty();
            }
        }
        double grams = BigDecimal.valueOf(w.value())
                .multiply(BigDecimal.valueOf(kind.heroinEquivalent()))
                .doubleValue();
        String how = w.how() + "; " + Months.format(w.value()) + " g " + kind.name()
                + (kind.heroinEquivalent() == 1 ? "" : " × " + kind.heroinEquivalent());
        return Optional.of(new MeasuredQuantity(grams, Measure.DRUG_G, w.mention(), how));
    }

    private static DrugKind nearestDrugBefore(String text, List<DrugKind> drugs, int weightStart) {
        String before = text.substring(Math.max(0, weightStart - DRUG_WINDOW), weightStart);
        DrugKind best = null;
        int bestAt = -1;
        for (DrugKind d : drugs) {
            for (Pattern p : d.patterns()) {
                var m = p.matcher(before);
                while (m.find()) {
                    if (m.start() > bestAt) {
                        bestAt = m.start();
                        best = d;
                    }
                }
            }
        }
        return best;
    }
}
