package org.smartcity.court.suggest;

/**
 * What the structure of the law adds to the text model's suggestion, learnt from the training cases: the 1979 law's
 * articles for offences before 1997 ({@link EraArticles}) and the longer term of cases describing several offences
 * ({@link SeveralOffences}). Immutable.
 *
 * @param eraArticles the articles courts cite for offences before the 1997 Criminal Law
 * @param severalOffencesLogExcess how much longer, in ln(months + 1), cases describing several offences were
 *     sentenced than single offences of the same charge; ≥ 0, 0 to leave terms as they are
 */
public record LegalAdjustments(EraArticles eraArticles, double severalOffencesLogExcess) {
    public LegalAdjustments {
        if (eraArticles == null) {
            throw new IllegalArgumentException("eraArticles is required (EraArticles.none() for no rules)");
        }
        if (!(severalOffencesLogExcess >= 0) || Double.isInfinite(severalOffencesLogExcess)) {
            throw new IllegalArgumentException(
                    "the several-offence excess must be a finite number >= 0, got " + severalOffencesLogExcess);
        }
    }

    /** No adjustments. */
    public static LegalAdjustments none() {
        return new LegalAdjustments(EraArticles.none(), 0);
    }
}
