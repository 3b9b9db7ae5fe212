package org.smartcity.court.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartcity.court.casefile.CaseFileReader;
import org.smartcity.court.casefile.ReadResult;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;

/**
 * The project's own sample cases (all six charges, clean and flawed, in {@code src/test/resources/cases}) give
 * exactly the findings of their {@code expected.json}.
 */
class SampleCasesTest {
    static final Path CASES = Path.of("src", "test", "resources", "cases");

    @Test
    void everySampleCaseGivesExactlyItsExpectedFindings() throws Exception {
        JsonNode expected =
                new ObjectMapper().readTree(CASES.resolve("expected.json").toFile());
        CaseReviewer reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
        CaseFileReader reader = new CaseFileReader();
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            Review review = reviewer.review(reader.read(CASES.resolve(e.getKey())));
            var actual = SharedExamplesTest.identities(review.findings());
            var wanted = SharedExamplesTest.expectedIdentities(e.getValue());
            if (!actual.equals(wanted)) {
                mismatches.add(e.getKey() + ": expected " + wanted + " but got " + review.findings());
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(expected.size()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aBadItemIsReportedAndTheRestOfTheCaseIsStillReviewed() throws Exception {
        ReadResult read = new CaseFileReader().read(CASES.resolve("robbery-clean-with-bad-item.json"));
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).path()).isEqualTo("$.evidence[6].time");
        assertThat(read.problemLines().get(0))
                .startsWith("robbery-clean-with-bad-item.json: at $.evidence[6].time: not an ISO-8601");
        Review review = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard()).review(read);
        assertThat(review.problems()).extracting(p -> p.path()).contains("$.evidence[6].time");
        assertThat(read.caseFile().evidence()).hasSize(7);
        assertThat(review.findings()).isEmpty();
    }
}
