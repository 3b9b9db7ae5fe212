package org.smartcity.court.evaluate;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.sentencing.ChargeChoice;
import org.smartcity.court.sentencing.GuidelineCalculator;
import org.smartcity.court.sentencing.SentencingResult;
import org.smartcity.court.suggest.Suggestion;

/**
 * The guideline calculator's term for each predicted case, for the charge the model ranks first; empty where the
 * charge has no rules or nothing could be calculated. Used to measure the calculator as a term predictor beside the
 * model's SVR. Stateless.
 */
final class GuidelineTerms {
    private GuidelineTerms() {}

    /** One entry per case, in order. */
    static List<OptionalDouble> of(GuidelineCalculator calculator, List<CailCase> cases, List<Suggestion> predictions) {
        return IntStream.range(0, cases.size())
                .parallel()
                .mapToObj(i -> {
                    Suggestion s = predictions.get(i);
                    if (s.charges().isEmpty()) {
                        return OptionalDouble.empty();
                    }
                    ChargeChoice choice = ChargeChoice.fromModel(
                            calculator.rules(),
                            s.charges().get(0).label(),
                            s.charges().get(0).probability());
                    SentencingResult r = calculator.calculate(cases.get(i).fact(), choice);
                    return r.months();
                })
                .toList();
    }

    /** The geometric mean of two terms in CAIL's log space: exp((ln(a + 1) + ln(b + 1)) / 2) − 1, rounded. */
    static int blend(int modelMonths, double guidelineMonths) {
        return (int) Math.round(Math.exp((Math.log(modelMonths + 1.0) + Math.log(guidelineMonths + 1)) / 2) - 1);
    }
}
