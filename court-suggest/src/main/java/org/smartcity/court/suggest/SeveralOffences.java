package org.smartcity.court.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.smartcity.court.cail.CailCase;

/**
 * Whether a fact text describes more than one offence, and how much longer courts sentenced such cases. Sentences for
 * several offences are combined (Criminal Law article 69), so such a case gets a longer term than one offence of its
 * main charge, which the text model, the calculator and most similar cases (one offence each) miss. A text counts as
 * describing several offences when it says {@code 数罪并罚}, heads a part {@code ××的事实} or refers to a crime by its
 * masked name ({@code ××罪}: CAIL masks the charge names) at least twice. Two charges named in full do not count: on
 * the CAIL sample that rule caught texts that name another person's offence and cost 0.2 of the term score.
 * Stateless and thread-safe.
 */
final class SeveralOffences {
    /** Fewer training cases describing several offences than this and no excess is learnt (it stays 0). */
    static final int MIN_CASES = 10;
    /** A charge needs this many single-offence training cases to serve as the baseline for its several-offence ones. */
    static final int MIN_BASELINE = 5;

    private static final Pattern CRIME_MENTION = Pattern.compile("××罪");
    private static final Pattern PART_HEADING = Pattern.compile("××的?事实");

    private SeveralOffences() {}

    /** True when {@code text} (not null) refers to at least two offences. */
    static boolean described(String text) {
        return text.contains("数罪并罚")
                || PART_HEADING.matcher(text).find()
                || CRIME_MENTION.matcher(text).results().count() >= 2;
    }

    /**
     * The median excess, in ln(months + 1), of the fixed terms of training cases whose facts describe several
     * offences over the mean of the single-offence cases of the same main charge (charges with at least {@value
     * #MIN_BASELINE} of those); 0 when fewer than {@value #MIN_CASES} cases can be compared or the median is below 0.
     */
    static double learnLogExcess(List<CailCase> cases) {
        List<Boolean> several = cases.stream().map(c -> described(c.fact())).toList();
        Map<String, double[]> single = new HashMap<>(); // charge -> {sum of ln(months + 1), count}
        for (int i = 0; i < cases.size(); i++) {
            CailCase c = cases.get(i);
            if (!several.get(i) && fixed(c)) {
                double[] s = single.computeIfAbsent(c.charges().get(0), k -> new double[2]);
                s[0] += Math.log(c.termMonths() + 1.0);
                s[1]++;
            }
        }
        List<Double> excess = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            CailCase c = cases.get(i);
            double[] s = single.get(c.charges().get(0));
            if (several.get(i) && fixed(c) && s != null && s[1] >= MIN_BASELINE) {
                excess.add(Math.log(c.termMonths() + 1.0) - s[0] / s[1]);
            }
        }
        if (excess.size() < MIN_CASES) {
            return 0;
        }
        double[] sorted =
                excess.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return Math.max(0, median);
    }

    private static boolean fixed(CailCase c) {
        return !c.death() && !c.life() && !c.charges().isEmpty();
    }

    /** The term {@code months} raised by {@code logExcess} in ln(months + 1). */
    static double raise(double months, double logExcess) {
        return Math.exp(Math.log(months + 1) + logExcess) - 1;
    }

    /** Why the term was raised, for the suggestion's notes. */
    static String note(double logExcess) {
        return String.format(
                "the facts describe more than one offence, whose sentences are combined (article 69): the term"
                        + " reference (months + 1) is multiplied by %.2f, the median excess of such training cases over"
                        + " single offences of the same charge",
                Math.exp(logExcess));
    }
}
