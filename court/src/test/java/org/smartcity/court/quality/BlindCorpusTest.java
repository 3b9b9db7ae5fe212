package org.smartcity.court.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcity.court.review.CaseReviewer;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;

/**
 * The blind regression corpus (issue 16): case files written from the specification alone by people who never saw
 * the code, each set with the expected findings of its {@code expected.json} ({@code src/test/resources/blind}).
 * The review must reach precision and recall of at least 0.95 and raise no finding on a flawless file.
 *
 * <p>Sets {@code set-a}, {@code set-b} and {@code set-e} are the development sets and meet the bar: a failure lists
 * every file whose findings differ. {@code set-c} and {@code set-d} are the holdouts; they meet the bar too and
 * report figures only.
 */
class BlindCorpusTest {
    private static final Path BLIND = Path.of("src", "test", "resources", "blind");
    private static final double BAR = 0.95;

    private static QualityReport evaluate(String... sets) throws Exception {
        CaseReviewer reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
        List<Path> folders = java.util.Arrays.stream(sets).map(BLIND::resolve).toList();
        return new QualityEvaluation(reviewer).evaluate(folders);
    }

    @Test
    void developmentSetsMeetTheBar() throws Exception {
        QualityReport r = evaluate("set-a", "set-b", "set-e");
        String differences = String.join("\n", r.differenceLines());
        assertThat(r.files()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(r.cleanFiles()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(r.cleanFilesWithFindings())
                .as("clean files with findings:%n%s", differences)
                .isEmpty();
        assertThat(r.overall().precision())
                .as("precision; differences:%n%s", differences)
                .isGreaterThanOrEqualTo(BAR);
        assertThat(r.overall().recall())
                .as("recall; differences:%n%s", differences)
                .isGreaterThanOrEqualTo(BAR);
    }

    /**
     * The holdouts (set-c, and set-d, which nobody working on the review saw before issue 16's frame round) meet the
     * bar since amounts are bound to their objects (docs/court-review.md gives their figures per kind); each reports
     * its figures only, so that it stays a fair test of files the review has not seen.
     */
    @ParameterizedTest
    @ValueSource(strings = {"set-c", "set-d"})
    void holdoutSetsMeetTheBar(String set) throws Exception {
        QualityReport r = evaluate(set);
        KindScore all = r.overall();
        String figures = String.format(
                Locale.ROOT,
                "%s: precision %.2f, recall %.2f, %d of %d clean files with findings (see docs/court-review.md)",
                set,
                all.precision(),
                all.recall(),
                r.cleanFilesWithFindings().size(),
                r.cleanFiles().size());
        assertThat(r.files().size()).as(figures).isGreaterThanOrEqualTo(30);
        assertThat(r.cleanFilesWithFindings()).as(figures).isEmpty();
        assertThat(all.precision()).as(figures).isGreaterThanOrEqualTo(BAR);
        assertThat(all.recall()).as(figures).isGreaterThanOrEqualTo(BAR);
    }

    /**
     * The second round of blind sets (f, g, h, i: measured once unseen, then read as development sets). Each is held
     * at the figures it reaches, at the bar where it reaches it, with no finding on a flawless file; the misses and
     * false findings left are listed in docs/court-review.md.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "set-f, 0.95, 0.95",
        "set-g, 0.95, 0.95",
        "set-h, 0.95, 0.95",
        "set-i, 0.95, 0.95"
    })
    void secondRoundSetsHoldTheirFigures(String set, double minPrecision, double minRecall) throws Exception {
        holdsFigures(set, 25, minPrecision, minRecall);
    }

    /**
     * The third round (j, k: 24 files each, measured once unseen, then read): held like the second round; k reaches
     * the bar since round 4 (docs/court-review.md).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"set-j, 0.95, 0.95", "set-k, 0.95, 0.95"})
    void thirdRoundSetsHoldTheirFigures(String set, double minPrecision, double minRecall) throws Exception {
        holdsFigures(set, 24, minPrecision, minRecall);
    }

    /**
     * The fourth round (l, m: 24 files each, measured once unseen on main, then read; docs/court-review.md, round 5):
     * held like the earlier rounds.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"set-l, 0.95, 0.95", "set-m, 0.95, 0.95"})
    void fourthRoundSetsHoldTheirFigures(String set, double minPrecision, double minRecall) throws Exception {
        holdsFigures(set, 24, minPrecision, minRecall);
    }

    /**
     * The fifth round (n: 24 files, 31 expected, measured once unseen on main at 0.94 / 0.97, then read;
     * docs/court-review.md, round 6): held like the earlier rounds.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"set-n, 0.95, 0.95"})
    void fifthRoundSetHoldsItsFigures(String set, double minPrecision, double minRecall) throws Exception {
        holdsFigures(set, 24, minPrecision, minRecall);
    }

    /**
     * The sixth round (o, p: 20 files each, measured once unseen on main, then read; docs/court-review.md, round 7):
     * held like the earlier rounds, at the figures reached.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"set-o, 0.95, 0.95", "set-p, 0.95, 0.95"})
    void sixthRoundSetsHoldTheirFigures(String set, double minPrecision, double minRecall) throws Exception {
        holdsFigures(set, 20, minPrecision, minRecall);
    }

    private void holdsFigures(String set, int minFiles, double minPrecision, double minRecall) throws Exception {
        QualityReport r = evaluate(set);
        KindScore all = r.overall();
        String differences = String.join("\n", r.differenceLines());
        assertThat(r.files().size()).isGreaterThanOrEqualTo(minFiles);
        assertThat(r.cleanFilesWithFindings())
                .as("clean files with findings:%n%s", differences)
                .isEmpty();
        assertThat(all.precision())
                .as("precision; differences:%n%s", differences)
                .isGreaterThanOrEqualTo(minPrecision);
        assertThat(all.recall()).as("recall; differences:%n%s", differences).isGreaterThanOrEqualTo(minRecall);
    }
}
