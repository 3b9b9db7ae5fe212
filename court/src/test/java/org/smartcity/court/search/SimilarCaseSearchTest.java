package org.smartcity.court.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.suggest.RankedLabel;
import org.smartcity.court.suggest.SyntheticCases;

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
}
