package org.smartcity.court.suggest;

/**
 * The text model's own scores of one fact text, computed once by {@link SuggestionModel#score(String)} and turned
 * into suggestions (with or without similar cases) by {@link SuggestionModel#suggest(TextScores, int, java.util.List)}
 * without scoring the text again. Immutable (the arrays are never exposed); only valid for the model that made it.
 */
public final class TextScores {
    private final SuggestionModel model;
    private final String text;
    private final FeatureVector features;
    private final double[] chargeProbability;
    private final double[] articleProbability;
    private final double modelMonths;

    TextScores(
            SuggestionModel model,
            String text,
            FeatureVector features,
            double[] chargeProbability,
            double[] articleProbability,
            double modelMonths) {
        this.model = model;
        this.text = text;
        this.features = features;
        this.chargeProbability = chargeProbability;
        this.articleProbability = articleProbability;
        this.modelMonths = modelMonths;
    }

    /** The stripped fact text. */
    public String text() {
        return text;
    }

    SuggestionModel model() {
        return model;
    }

    FeatureVector features() {
        return features;
    }

    double chargeProbability(int k) {
        return chargeProbability[k];
    }

    double articleProbability(int k) {
        return articleProbability[k];
    }

    /** The term model's months (unrounded, ≥ 0). */
    double modelMonths() {
        return modelMonths;
    }
}
