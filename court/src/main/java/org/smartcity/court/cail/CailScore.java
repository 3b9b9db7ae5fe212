package org.smartcity.court.cail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CAIL2018's scores. Labels (charges, articles): the mean of micro-F1 and macro-F1, ×100; macro-F1 averages over
 * every label that occurs in the truth or the predictions (a label with no true, predicted or correct cases scores
 * F1 = 0 when it was predicted or expected but never right). Term: per case 1.0 / 0.8 / 0.6 / 0.4 / 0.2 / 0 for
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
        long tp = 0;
        long fp = 0;
        long fn = 0;
        double macro = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
            macro += f1(c[0], c[1], c[2]);
        }
        macro /= counts.size();
        double micro = f1(tp, fp, fn);
        return 100.0 * (micro + macro) / 2.0;
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
        double v = Math.abs(Math.log(predicted + 1.0) - Math.log(truth + 1.0));
        if (v <= 0.2) {
            return 1.0;
        } else if (v <= 0.4) {
            return 0.8;
        } else if (v <= 0.6) {
            return 0.6;
        } else if (v <= 0.8) {
            return 0.4;
        } else if (v <= 1.0) {
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
