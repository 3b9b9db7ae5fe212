package org.smartcity.court.suggest;

/**
 * A sparse feature vector: strictly increasing 0-based feature indices and their values. Immutable by convention
 * (the arrays are owned by the vector and never handed out for writing).
 */
public record FeatureVector(int[] indices, double[] values) {
    public FeatureVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }

    /** The number of non-zero entries. */
    public int size() {
        return indices.length;
    }

    /** The dot product with dense weights {@code w} (indices beyond {@code w} count as zero). */
    public double dot(float[] w) {
        double s = 0;
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < w.length) {
                s += w[indices[i]] * values[i];
            }
        }
        return s;
    }
}
