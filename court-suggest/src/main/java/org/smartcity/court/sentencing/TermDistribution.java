package org.smartcity.court.sentencing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.smartcity.court.search.SimilarCase;

/**
 * The empirical reference: how the most similar decided cases were sentenced. Fixed terms give the count, median and
 * quartiles (linear interpolation between order statistics); life and death sentences are counted apart. Immutable.
 *
 * @param caseIds the ids of the cases used, most similar first
 * @param fixedTerms how many of them have a fixed term
 * @param life how many were sentenced to life imprisonment
 * @param death how many to death
 * @param median the median fixed term in months; empty without fixed terms
 * @param lowerQuartile the 25th percentile
 * @param upperQuartile the 75th percentile
 * @param minMonths the shortest fixed term
 * @param maxMonths the longest
 * @param basis which cases were used, in both languages
 */
public record TermDistribution(
        List<Integer> caseIds,
        int fixedTerms,
        int life,
        int death,
        OptionalDouble median,
        OptionalDouble lowerQuartile,
        OptionalDouble upperQuartile,
        OptionalDouble minMonths,
        OptionalDouble maxMonths,
        Wording basis) {
    /** Cases of the charge are used when at least this many of the similar cases carry it. */
    public static final int MIN_SAME_CHARGE = 3;

    public TermDistribution {
        caseIds = List.copyOf(caseIds);
    }

    /**
     * The distribution over {@code similar} (most similar first); when {@code charge} is given and at least {@value
     * #MIN_SAME_CHARGE} of them carry it, over those only.
     */
    public static TermDistribution of(List<SimilarCase> similar, Optional<ChargeRule> charge) {
        List<SimilarCase> used = similar;
        int n = similar.size();
        Wording basis = new Wording("最相似的 " + n + " 个案例", "the " + n + " most similar cases");
        if (charge.isPresent()) {
            List<SimilarCase> same = similar.stream()
                    .filter(c -> c.charges().stream().anyMatch(charge.get()::isNamed))
                    .toList();
            String name = charge.get().name();
            if (same.size() >= MIN_SAME_CHARGE) {
                used = same;
                basis = new Wording(
                        "最相似的 " + n + " 个案例中以" + name + "定罪的 " + same.size() + " 个",
                        "the " + same.size() + " of the " + n + " most similar cases convicted of " + name);
            } else {
                basis = new Wording(
                        basis.zh() + "（其中仅 " + same.size() + " 个以" + name + "定罪，故全部采用）",
                        basis.en() + " (only " + same.size() + " of them convicted of " + name + ", so all are used)");
            }
        }
        List<Integer> ids = new ArrayList<>();
        List<Double> terms = new ArrayList<>();
        int life = 0;
        int death = 0;
        for (SimilarCase c : used) {
            ids.add(c.id());
            if (c.termMonths() == -1) {
                life++;
            } else if (c.termMonths() == -2) {
                death++;
            } else {
                terms.add((double) c.termMonths());
            }
        }
        double[] sorted =
                terms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new TermDistribution(
                ids,
                sorted.length,
                life,
                death,
                quantile(sorted, 0.5),
                quantile(sorted, 0.25),
                quantile(sorted, 0.75),
                sorted.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(sorted[0]),
                sorted.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(sorted[sorted.length - 1]),
                basis);
    }

    /** The {@code q} quantile of sorted values, interpolating linearly between neighbours; empty for none. */
    static OptionalDouble quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        double[] s = Arrays.copyOf(sorted, sorted.length);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, s.length - 1);
        return OptionalDouble.of(Months.round(s[lo] + (pos - lo) * (s[hi] - s[lo])));
    }
}
