package org.smartcity.court.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.court.cail.CailCase;

/** Training on synthetic facts, suggesting, flagging bad input, saving and loading. */
class SuggestionModelTest {
    private static final TrainingOptions OPTIONS = new TrainingOptions(7, 2, 2, 100_000, 2);
    private static List<CailCase> cases;
    private static SuggestionModel model;

    @BeforeAll
    static void train() {
        cases = SyntheticCases.of(20, 1);
        model = SuggestionModel.train(cases, OPTIONS, SyntheticCases.GUIDELINE);
    }

    @Test
    void clearTextsRankTheRightChargeAndArticleFirst() {
        Suggestion theft = model.suggest("被告人孙某在商场内秘密窃取他人手机一部，价值人民币2000元，归案后如实供述。", 3);
        assertThat(theft.charges().get(0).label()).isEqualTo("盗窃");
        assertThat(theft.articles().get(0).label()).isEqualTo("264");
        assertThat(theft.charges().get(0).phrases()).isNotEmpty();
        assertThat(theft.lowConfidence()).isFalse();

        Suggestion driving = model.suggest("被告人醉酒驾驶小型轿车被交警查获，血液中乙醇含量为150mg/100ml。", 3);
        assertThat(driving.predictedCharges()).containsExactly("危险驾驶");
        Suggestion injury = model.suggest("被告人因琐事与被害人争执，持木棍殴打被害人，致其轻伤二级。", 3);
        assertThat(injury.charges().get(0).label()).isEqualTo("故意伤害");
        assertThat(injury.charges().get(0).probability())
                .isGreaterThan(injury.charges().get(1).probability());
    }

    @Test
    void similarCasesVoteWithTheirWeightShareAndLendTheirTerms() {
        String text = "被告人孙某在商场内秘密窃取他人手机一部，价值人民币2000元，归案后如实供述。";
        Suggestion alone = model.suggest(text, 3);
        assertThat(alone.similarTermMonths()).isEmpty();
        double injuryAlone = probability(alone, "故意伤害");
        // every neighbour carries 故意伤害 / 234, so its vote is 1.0 whatever the weights; a life term does not count
        List<Neighbour> neighbours = List.of(
                new Neighbour(3.0, List.of("故意伤害"), List.of("234"), 10),
                new Neighbour(1.0, List.of("故意伤害"), List.of("234"), 50),
                new Neighbour(0.5, List.of("故意伤害"), List.of("234"), 30),
                new Neighbour(0.5, List.of("故意伤害"), List.of("234"), 20),
                new Neighbour(0.2, List.of("故意伤害"), List.of("234"), 40),
                new Neighbour(0.1, List.of("故意伤害"), List.of("234"), -1));
        Suggestion informed = model.suggest(text, 3, neighbours);
        double share = SuggestionModel.NEIGHBOUR_SHARE;
        assertThat(probability(informed, "故意伤害"))
                .isCloseTo((1 - share) * injuryAlone + share, org.assertj.core.api.Assertions.within(1e-9));
        // median of 10, 20, 30, 40, 50 in log space is 30
        assertThat(informed.similarTermMonths().getAsDouble())
                .isCloseTo(30.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(informed.modelTermMonths()).isEqualTo(alone.modelTermMonths());
        // the term is the consensus of the model (weight 4), the calculator (weight 4) and each fixed neighbour term
        List<TermConsensus.Reference> refs = new java.util.ArrayList<>();
        refs.add(new TermConsensus.Reference(informed.modelTermMonths(), SuggestionModel.MODEL_TERM_WEIGHT));
        informed.guidelineTermMonths()
                .ifPresent(g -> refs.add(new TermConsensus.Reference(g, SuggestionModel.GUIDELINE_TERM_WEIGHT)));
        for (int m : new int[] {10, 50, 30, 20, 40}) {
            refs.add(new TermConsensus.Reference(m, 1));
        }
        // the model's own term is rounded in the suggestion, hence ±1 month
        assertThat((double) informed.termMonths())
                .isCloseTo(TermConsensus.months(refs), org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void halfTheSimilarCasesSentencedToDeathOrLifeMakeTheReferenceOneOfThose() {
        String text = "被告人孙某持刀故意杀害被害人李某，致其当场死亡。";
        List<Neighbour> sixSevere = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int term = i < 4 ? Suggestion.DEATH : i < 6 ? Suggestion.LIFE : 180;
            sixSevere.add(new Neighbour(1.0, List.of("故意杀人"), List.of("232"), term));
        }
        assertThat(model.suggest(text, 3, sixSevere).termMonths()).isEqualTo(Suggestion.DEATH);
        // 2 death + 3 life of 10 is still half: the commoner of the two
        List<Neighbour> half = new java.util.ArrayList<>(sixSevere);
        half.set(3, new Neighbour(1.0, List.of("故意杀人"), List.of("232"), Suggestion.LIFE));
        half.set(4, new Neighbour(1.0, List.of("故意杀人"), List.of("232"), 180));
        half.set(2, new Neighbour(1.0, List.of("故意杀人"), List.of("232"), Suggestion.LIFE));
        assertThat(model.suggest(text, 3, half).termMonths()).isEqualTo(Suggestion.LIFE);
        // four of ten are not enough: a fixed term, which the severe ones do not enter
        List<Neighbour> four = new java.util.ArrayList<>(sixSevere);
        four.set(4, new Neighbour(1.0, List.of("故意杀人"), List.of("232"), 180));
        four.set(5, new Neighbour(1.0, List.of("故意杀人"), List.of("232"), 180));
        assertThat(model.suggest(text, 3, four).termMonths()).isGreaterThanOrEqualTo(0);
        assertThat(model.suggest(text, 3).termMonths()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void labelsForASearchRankAsTheFullSuggestionWithoutTheCalculator() {
        String text = "被告人醉酒驾驶小型轿车被交警查获，血液中乙醇含量为150mg/100ml。";
        TextScores scores = model.score(text);
        Suggestion full = model.suggest(scores, 3, List.of());
        Suggestion labels = model.suggestLabels(scores, 3);
        assertThat(labels.charges()).isEqualTo(full.charges());
        assertThat(labels.articles()).isEqualTo(full.articles());
        assertThat(labels.guidelineTermMonths()).isEmpty();
        assertThat(labels.termMonths()).isEqualTo(labels.modelTermMonths());
        SuggestionModel other = SuggestionModel.train(cases, OPTIONS, SyntheticCases.GUIDELINE);
        assertThatThrownBy(() -> other.suggestLabels(scores, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTextThatNamesAChargeGetsTheNameBonus() {
        // few words the model knows, but the statute's name of the charge
        Suggestion s = model.suggest("公诉机关指控被告人犯危险驾驶罪，请求依法判处。", 3);
        assertThat(probability(s, "危险驾驶")).isGreaterThanOrEqualTo(SuggestionModel.NAME_BONUS);
    }

    private static double probability(Suggestion s, String label) {
        return s.charges().stream()
                .filter(l -> l.label().equals(label))
                .findFirst()
                .orElseThrow()
                .probability();
    }

    @Test
    void emptyAndNonChineseTextIsFlaggedNotConfident() {
        for (String text : List.of("", "   ", "The defendant stole a phone worth 300 dollars.")) {
            Suggestion s = model.suggest(text, 3);
            assertThat(s.warning()).hasValueSatisfying(w -> assertThat(w).contains("text too short"));
        }
    }

    @Test
    void aSecondChargeIsPredictedOnlyWhenCourtsHaveCombinedItWithTheFirst() {
        List<RankedLabel> ranking = List.of(
                new RankedLabel("盗窃", 0.9, List.of()),
                new RankedLabel("诈骗", 0.7, List.of()),
                new RankedLabel("抢劫", 0.6, List.of()),
                new RankedLabel("故意伤害", 0.4, List.of()));
        // 抢劫 has been decided together with 盗窃, 诈骗 never; 故意伤害 is below the threshold
        Map<String, Set<String>> companions = Map.of("盗窃", Set.of("抢劫", "故意伤害"), "抢劫", Set.of("盗窃"));
        assertThat(SuggestionModel.predictedCharges(ranking, 0.5, companions)).containsExactly("盗窃", "抢劫");
        assertThat(SuggestionModel.predictedCharges(ranking, 0.5, Map.of())).containsExactly("盗窃");
        assertThat(SuggestionModel.predictedCharges(ranking, 0.3, companions)).containsExactly("盗窃", "抢劫", "故意伤害");
    }

    @Test
    void trainingRecordsWhichChargesWereDecidedTogether() {
        List<CailCase> twoCharges = new java.util.ArrayList<>(cases);
        CailCase first = cases.get(0);
        twoCharges.add(
                new CailCase(first.fact(), List.of("盗窃", "故意伤害"), first.articles(), first.termMonths(), false, false));
        SuggestionModel m = SuggestionModel.train(twoCharges, OPTIONS, SyntheticCases.GUIDELINE);
        assertThat(m.chargeCompanions().get("盗窃")).containsExactly("故意伤害");
        assertThat(m.chargeCompanions().get("故意伤害")).containsExactly("盗窃");
    }

    @Test
    void saveAndLoadGiveTheSameSuggestionsAndTheSameBytes(@TempDir Path dir) throws Exception {
        SuggestionStore store = new SuggestionStore();
        store.save(model, dir.resolve("a"));
        SuggestionModel loaded = store.load(dir.resolve("a"), SyntheticCases.GUIDELINE);
        String text = cases.get(0).fact();
        assertThat(loaded.suggest(text, 3).charges().get(0).probability())
                .isCloseTo(
                        model.suggest(text, 3).charges().get(0).probability(),
                        org.assertj.core.api.Assertions.within(1e-6));
        assertThat(loaded.chargeCompanions()).isEqualTo(model.chargeCompanions());
        store.save(SuggestionModel.train(cases, OPTIONS, SyntheticCases.GUIDELINE), dir.resolve("b"));
        assertThat(Files.readAllBytes(dir.resolve("b/weights.bin.gz")))
                .isEqualTo(Files.readAllBytes(dir.resolve("a/weights.bin.gz")));
    }

    @Test
    void aMissingModelFolderIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> new SuggestionStore().load(dir.resolve("none"), SyntheticCases.GUIDELINE))
                .isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("model.json missing");
    }
}
