package org.smartcity.court.suggest;

import java.util.Arrays;

/**
 * One trained linear function: sparse weights over feature indices (sorted, 0-based) plus a bias; the score of a
 * {@link FeatureVector} is w·x + b. Label models read it as log-odds ({@link #probability}: their SVM margin scaled at
 * training); the term model as ln(months + 1). Immutable.
 */
public final class LinearScorer {
    private final String name;
    private final int[] indices;
    private final float[] weights;
    private final double bias;

    /**
     * @param name what the function scores (a charge, an article number, "term")
     * @param indices strictly increasing feature indices
     * @param weights the weight of each index
     * @param bias the constant term
     */
    public LinearScorer(String name, int[] indices, float[] weights, double bias) {
        if (indices.length != weights.length) {
            throw new IllegalArgumentException("indices and weights differ in length");
        }
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("indices not increasing at " + i);
            }
        }
        this.name = name;
        this.indices = indices.clone();
        this.weights = weights.clone();
        this.bias = bias;
    }

    /** Keeps the weights of a dense vector whose magnitude is at least {@code cutoff}. */
    public static LinearScorer ofDense(String name, double[] dense, double bias, double cutoff) {
        int n = 0;
        for (double w : dense) {
            if (Math.abs(w) >= cutoff) {
                n++;
            }
        }
        int[] idx = new int[n];
        float[] val = new float[n];
        int k = 0;
        for (int i = 0; i < dense.length; i++) {
            if (Math.abs(dense[i]) >= cutoff) {
                idx[k] = i;
                val[k++] = (float) dense[i];
            }
        }
        return new LinearScorer(name, idx, val, bias);
    }

    public String name() {
        return name;
    }

    public double bias() {
        return bias;
    }

    /** The number of stored weights. */
    public int size() {
        return indices.length;
    }

    /** The stored feature index at position {@code k}. */
    public int indexAt(int k) {
        return indices[k];
    }

    /** The stored weight at position {@code k}. */
    public float weightAt(int k) {
        return weights[k];
    }

    /** The weight of feature {@code index} (0 when not stored). */
    public double weight(int index) {
        int k = Arrays.binarySearch(indices, index);
        return k >= 0 ? weights[k] : 0.0;
    }

    /** w·x + b. */
    public double score(FeatureVector x) {
        double s = bias;
        int[] xi = x.indices();
        double[] xv = x.values();
        int from = 0;
        for (int a = 0; a < xi.length && from < indices.length; a++) {
            int k = Arrays.binarySearch(indices, from, indices.length, xi[a]);
            if (k >= 0) {
                s += xv[a] * weights[k];
                from = k + 1;
            } else {
                from = -k - 1;
            }
        }
        return s;
    }

    /** The logistic probability 1 / (1 + e^−score). */
    public double probability(FeatureVector x) {
        return 1.0 / (1.0 + Math.exp(-score(x)));
    }
}
