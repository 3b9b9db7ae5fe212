package org.smartcity.court.suggest;

/**
 * How a {@link SuggestionModel} is trained. Validated on construction.
 *
 * @param seed the seed of every random choice (LIBLINEAR's solvers); same data + same seed → same model
 * @param c LIBLINEAR's cost (inverse regularisation) for the label models
 * @param minDf terms in fewer training documents are dropped
 * @param maxTerms at most this many terms are kept (the most frequent)
 * @param threads training threads (labels train in parallel)
 */
public record TrainingOptions(long seed, double c, int minDf, int maxTerms, int threads) {
    public TrainingOptions {
        if (c <= 0 || minDf < 1 || maxTerms < 1 || threads < 1) {
            throw new IllegalArgumentException("invalid training options");
        }
    }

    /** The defaults used by {@code smartcity court train}: seed 42, C 2, df ≥ 2, 100k terms. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(
                42, 2, 2, 100_000, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** The same options with another seed. */
    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(newSeed, c, minDf, maxTerms, threads);
    }
}
