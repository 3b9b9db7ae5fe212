package org.smartcity.court.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A deterministic K-fold split: positions 0..n−1 shuffled with the seed, fold f holds every position whose shuffled
 * rank is f modulo K. Immutable.
 */
public final class Folds {
    private final int[] foldOf;
    private final int k;

    /**
     * @throws IllegalArgumentException when {@code k < 2} or there are fewer items than folds
     */
    public Folds(int n, int k, long seed) {
        if (k < 2 || n < k) {
            throw new IllegalArgumentException(
                    "need at least 2 folds and one case per fold (" + n + " cases, " + k + " folds)");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        this.foldOf = new int[n];
        for (int r = 0; r < n; r++) {
            foldOf[order.get(r)] = r % k;
        }
        this.k = k;
    }

    public int count() {
        return k;
    }

    /** The items of fold {@code f} ({@code test = true}) or of all other folds, in original order. */
    public <T> List<T> select(List<T> items, int f, boolean test) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if ((foldOf[i] == f) == test) {
                out.add(items.get(i));
            }
        }
        return out;
    }
}
