package org.smartcity.court.intake;

import java.util.Set;
import java.util.TreeSet;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.review.Review;

/**
 * How far the review of an intake agrees with the review of the original case file: findings are compared by their
 * identity (kind, evidence ids, missing kind); precision, recall and F1 are summed over the cases added.
 */
public final class FindingAgreement {
    private int both;
    private int onlyOriginal;
    private int onlyIntake;

    /** Adds one case: the review of the original and of the intake. Returns the findings that differ. */
    public Set<String> add(Review original, Review intake) {
        Set<String> a = identities(original);
        Set<String> b = identities(intake);
        Set<String> diff = new TreeSet<>();
        for (String x : a) {
            if (b.contains(x)) {
                both++;
            } else {
                onlyOriginal++;
                diff.add("missed " + x);
            }
        }
        for (String x : b) {
            if (!a.contains(x)) {
                onlyIntake++;
                diff.add("extra " + x);
            }
        }
        return diff;
    }

    /** F1 of the intake's findings against the original's; 1 when neither has any. */
    public double f1() {
        int denominator = 2 * both + onlyOriginal + onlyIntake;
        return denominator == 0 ? 1.0 : 2.0 * both / denominator;
    }

    public int agreed() {
        return both;
    }

    public int missed() {
        return onlyOriginal;
    }

    public int extra() {
        return onlyIntake;
    }

    private static Set<String> identities(Review r) {
        Set<String> s = new TreeSet<>();
        for (Finding f : r.findings()) {
            s.add(f.identity());
        }
        return s;
    }
}
