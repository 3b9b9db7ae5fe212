package org.smartcity.court.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.suggest.RankedLabel;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.court.suggest.SyntheticCases;
import org.smartcity.court.suggest.TrainingOptions;

/** The case library finds cases of the same charge, with an excerpt and the shared elements. */
class SimilarCaseSearchTest {

    @Test
    void aTheftQueryFindsTheftCasesFirst() throws Exception {
        List<CailCase> cases = SyntheticCases.of(10, 3);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        CaseLibrary.build(cases, dir);
        try (SimilarCaseSearch search = new SimilarCaseSearch(dir)) {
            assertThat(search.size()).isEqualTo(30);
            String query = "被告人在超市内秘密窃取他人手机一部，价值人民币1500元。";
            List<SimilarCase> plain = search.similar(query, List.of(), List.of(), 5);
            assertThat(plain).hasSize(5);
            assertThat(plain.get(0).charges()).containsExactly("盗窃");
            assertThat(plain.get(0).excerpt()).contains("【");

            List<SimilarCase> guided =
                    search.similar(query, List.of(new RankedLabel("盗窃", 0.9, List.of())), List.of(), 10);
            assertThat(guided).allSatisfy(c -> assertThat(c.charges()).containsExactly("盗窃"));
            assertThat(guided.get(0).shared()).contains("same charge 盗窃");
            assertThat(search.similar("", List.of(), List.of(), 5)).isEmpty();
        }
    }

    @Test
    void aLibraryInSeveralSegmentsSearchedInParallelRanksAsOneSegment() throws Exception {
        List<CailCase> cases = SyntheticCases.of(40, 5);
        ByteBuffersDirectory one = new ByteBuffersDirectory();
        ByteBuffersDirectory three = new ByteBuffersDirectory();
        CaseLibrary.build(cases, one, 1);
        CaseLibrary.build(cases, three, 3);
        String query = "被告人醉酒后驾驶机动车在道路上行驶，经鉴定血液酒精含量为180mg/100ml。";
        List<RankedLabel> charges = List.of(new RankedLabel("危险驾驶", 0.7, List.of()));
        try (SimilarCaseSearch a = new SimilarCaseSearch(one);
                SimilarCaseSearch b = new SimilarCaseSearch(three)) {
            List<SimilarCase> fromOne = a.similar(query, charges, List.of(), 10);
            List<SimilarCase> fromThree = b.similar(query, charges, List.of(), 10);
            assertThat(fromThree).hasSize(10);
            assertThat(fromThree)
                    .extracting(SimilarCase::id)
                    .containsExactlyElementsOf(
                            fromOne.stream().map(SimilarCase::id).toList());
        }
    }

    @Test
    void theCaseBasedSuggestionConsultsTheTenMostSimilarCases() throws Exception {
        List<CailCase> cases = SyntheticCases.of(10, 3);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        CaseLibrary.build(cases, dir);
        SuggestionModel model =
                SuggestionModel.train(cases, new TrainingOptions(7, 2, 2, 100_000, 2), SyntheticCases.GUIDELINE);
        String query = "被告人在超市内秘密窃取他人手机一部，价值人民币1500元。";
        try (SimilarCaseSearch search = new SimilarCaseSearch(dir)) {
            Suggestion s = new CaseBasedSuggester(model, search).suggest(query, 3);
            List<SimilarCase> ten = search.similar(
                    query,
                    model.suggest(query, 3).charges(),
                    model.suggest(query, 3).articles(),
                    CaseBasedSuggester.NEIGHBOURS);
            assertThat(ten).hasSize(10);
            double[] logs = ten.stream()
                    .mapToDouble(c -> Math.log(c.termMonths() + 1.0))
                    .sorted()
                    .toArray();
            assertThat(s.similarTermMonths().getAsDouble())
                    .isCloseTo(Math.exp(logs[5]) - 1, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(s.predictedCharges()).containsExactly("盗窃");
        }
    }
}
