package org.smartcity.court.cail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * CAIL2018's scores. Labels (charges, articles): the mean of micro-F1 and macro-F1, ×100, in two variants.
 * {@link #officialLabels} is the official judger's rule: every label of the full list is counted, and a label never
 * right (TP = 0) scores F1 = 1.0 when it was also never predicted nor expected, 0 otherwise. {@link #labels} (the
 * present-labels rule, stricter) averages macro-F1 only over labels that occur in the truth or the predictions. Term: per case 1.0 / 0.8 / 0.6 / 0.4 / 0.2 / 0 for
 * v = |log(pred+1) − log(true+1)| ≤ 0.2 / 0.4 / 0.6 / 0.8 / 1.0 / more; death (−2) and life (−1) must match exactly;
 * the mean ×100. Stateless.
 */
public final class CailScore {
    private CailScore() {}

    /**
     * The label score of {@code predicted} against {@code truth} (same length, one set per case), 0–100.
     *
     * @throws IllegalArgumentException when the lists differ in length
     */
    public static <T> double labels(List<Set<T>> truth, List<Set<T>> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth and predictions differ in length");
        }
        Map<T, int[]> counts = new HashMap<>(); // tp, fp, fn
        for (int i = 0; i < truth.size(); i++) {
            Set<T> t = truth.get(i);
            Set<T> p = predicted.get(i);
            Set<T> all = new HashSet<>(t);
            all.addAll(p);
            for (T label : all) {
                int[] c = counts.computeIfAbsent(label, k -> new int[3]);
                boolean inT = t.contains(label);
                boolean inP = p.contains(label);
                if (inT && inP) {
                    c[0]++;
                } else if (inP) {
                    c[1]++;
                } else {
                    c[2]++;
                }
            }
        }
        if (counts.isEmpty()) {
            return 100.0;
        }
        return microMacroMean(counts.values(), CailScore::f1);
    }

    /**
     * The official CAIL2018 label score, 0–100: for every label of {@code labelSet} (and every other label seen in the
     * truth or predictions, counted as an extra label), TP/FP/FN over all cases; per label, TP = 0 gives F1 = 1.0 when
     * FP = FN = 0 and 0 otherwise, else the usual F1; macro-F1 is the mean over all those labels, micro-F1 comes from the
     * summed counts under the same rule. Labels are compared after {@code key} (e.g. {@link CailLabels#chargeKey}).
     *
     * @throws IllegalArgumentException when the lists differ in length or the label set is empty
     */
    public static <T> double officialLabels(
            List<Set<T>> truth, List<Set<T>> predicted, List<T> labelSet, UnaryOperator<T> key) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth and predictions differ in length");
        }
        if (labelSet.isEmpty()) {
            throw new IllegalArgumentException("empty label set");
        }
        Map<T, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
        for (T label : labelSet) {
            counts.putIfAbsent(key.apply(label), new int[3]);
        }
        for (int i = 0; i < truth.size(); i++) {
            Set<T> t = keys(truth.get(i), key);
            Set<T> p = keys(predicted.get(i), key);
            for (T label : t) {
                counts.computeIfAbsent(label, k -> new int[3])[p.contains(label) ? 0 : 2]++;
            }
            for (T label : p) {
                if (!t.contains(label)) {
                    counts.computeIfAbsent(label, k -> new int[3])[1]++;
                }
            }
        }
        return microMacroMean(counts.values(), CailScore::officialF1);
    }

    /** F1 from one label's (or the summed) true positives, false positives and false negatives. */
    @FunctionalInterface
    private interface F1Rule {
        double f1(long tp, long fp, long fn);
    }

    /** 100 × (micro-F1 + macro-F1) / 2 over per-label counts {tp, fp, fn}, both under {@code rule}. */
    private static double microMacroMean(java.util.Collection<int[]> counts, F1Rule rule) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        double macro = 0;
        for (int[] c : counts) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
            macro += rule.f1(c[0], c[1], c[2]);
        }
        macro /= counts.size();
        return 100.0 * (rule.f1(tp, fp, fn) + macro) / 2.0;
    }

    private static <T> Set<T> keys(Set<T> labels, UnaryOperator<T> key) {
        Set<T> out = new HashSet<>();
        for (T l : labels) {
            out.add(key.apply(l));
        }
        return out;
    }

    /** The judger's per-label F1: with no true positive, 1.0 if the label was never predicted nor expected, else 0. */
    static double officialF1(long tp, long fp, long fn) {
        if (tp == 0) {
            return fp == 0 && fn == 0 ? 1.0 : 0.0;
        }
        return f1(tp, fp, fn);
    }

    private static double f1(long tp, long fp, long fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * The score of one predicted term (CAIL encoding: months, −1 life, −2 death) against the true one, 0–1.
     */
    public static double term(int predicted, int truth) {
        if (predicted < 0 || truth < 0) {
            return predicted == truth ? 1.0 : 0.0;
        }
        return termStep(Math.abs(Math.log(predicted + 1.0) - Math.log(truth + 1.0)));
    }

    /**
     * CAIL2018's score of a fixed term whose ln(months + 1) lies {@code logDistance} (≥ 0) from the truth's: 1.0 up to
     * 0.2, then 0.8, 0.6, 0.4, 0.2 for each further 0.2, and 0 beyond 1.0.
     */
    public static double termStep(double logDistance) {
        if (logDistance <= 0.2) {
            return 1.0;
        } else if (logDistance <= 0.4) {
            return 0.8;
        } else if (logDistance <= 0.6) {
            return 0.6;
        } else if (logDistance <= 0.8) {
            return 0.4;
        } else if (logDistance <= 1.0) {
            return 0.2;
        }
        return 0.0;
    }

    /** The mean term score ×100 over paired lists. */
    public static double terms(List<Integer> truth, List<Integer> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth and predictions differ in length");
        }
        if (truth.isEmpty()) {
            return 100.0;
        }
        double sum = 0;
        for (int i = 0; i < truth.size(); i++) {
            sum += term(predicted.get(i), truth.get(i));
        }
        return 100.0 * sum / truth.size();
    }
}
