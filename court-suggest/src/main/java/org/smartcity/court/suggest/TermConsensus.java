package org.smartcity.court.suggest;

import java.util.List;
import org.smartcity.court.cail.CailScore;

/**
 * The term that agrees best with weighted reference terms (the text model's, the guideline calculator's, the similar
 * cases') under CAIL2018's own term score: each candidate ln(months + 1) from 0 to {@value #MAX_LOG} in steps of
 * {@value #STEP} is scored as the weighted sum of {@link CailScore#termStep} against every reference, and the best
 * wins; of equally good candidates, the one nearest the references' weighted mean in log space. Where the references
 * agree this is about their mean; where they split into groups it follows the heavier group instead of landing
 * between them, where no reference is. Measured against the weighted mean of session 3 on three folds: term score
 * 57.0 → 59.7 (docs/court-suggest.md). Stateless.
 */
final class TermConsensus {
    /** Candidate spacing in ln(months + 1). */
    static final double STEP = 0.02;
    /** The largest candidate, ln(months + 1): about 400 months, beyond any fixed term (25 years = 300 months). */
    static final double MAX_LOG = 6.0;

    private TermConsensus() {}

    /**
     * A term to agree with.
     *
     * @param months a fixed term in months, ≥ 0
     * @param weight how much it counts, &gt; 0
     */
    record Reference(double months, double weight) {
        Reference {
            if (!(months >= 0) || Double.isInfinite(months) || !(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException(
                        "a reference term needs months >= 0 and a weight > 0, got " + months + " / " + weight);
            }
        }
    }

    /**
     * The consensus term in months (≥ 0, not rounded).
     *
     * @throws IllegalArgumentException when {@code references} is empty
     */
    static double months(List<Reference> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("no reference terms to agree with");
        }
        double[] logs = new double[references.size()];
        double weightSum = 0;
        double mean = 0;
        for (int i = 0; i < logs.length; i++) {
            Reference r = references.get(i);
            logs[i] = Math.log(r.months() + 1);
            weightSum += r.weight();
            mean += r.weight() * logs[i];
        }
        mean /= weightSum;
        int candidates = (int) Math.round(MAX_LOG / STEP);
        double bestScore = -1;
        double best = 0;
        for (int c = 0; c <= candidates; c++) {
            double v = c * STEP;
            double score = 0;
            for (int i = 0; i < logs.length; i++) {
                score += references.get(i).weight() * CailScore.termStep(Math.abs(v - logs[i]));
            }
            boolean better = score > bestScore + 1e-9;
            boolean asGoodAndNearer = Math.abs(score - bestScore) <= 1e-9 && Math.abs(v - mean) < Math.abs(best - mean);
            if (better || asGoodAndNearer) {
                bestScore = score;
                best = v;
            }
        }
        return Math.exp(best) - 1;
    }
}
