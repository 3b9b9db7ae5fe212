package org.smartcity.court.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.smartcity.court.casefile.CaseFileReader;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;

/**
 * The shared examples of the specification ({@code ../shared/specs/examples}, beside the project) give exactly the
 * findings of {@code expected.json}: no miss, no false alarm. Skipped when the shared folder is absent.
 */
class SharedExamplesTest {
    /** Surefire runs in the module folder, so the project root is {@code ..} and shared is {@code ../../shared}. */
    static final Path EXAMPLES = Path.of("..", "..", "shared", "specs", "examples");

    @Test
    void reviewReproducesEveryExpectedFindingExactly() throws Exception {
        Path expectedFile = EXAMPLES.resolve("expected.json");
        assumeTrue(Files.isRegularFile(expectedFile), "shared examples not present");
        JsonNode expected = new ObjectMapper().readTree(expectedFile.toFile());
        CaseReviewer reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
        CaseFileReader reader = new CaseFileReader();
        int cases = 0;
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            Review review = reviewer.review(reader.read(EXAMPLES.resolve(e.getKey())));
            assertThat(identities(review.findings())).as(e.getKey()).isEqualTo(expectedIdentities(e.getValue()));
            cases++;
        }
        assertThat(cases).isGreaterThan(0);
    }

    static TreeSet<String> identities(List<Finding> findings) {
        TreeSet<String> out = new TreeSet<>();
        findings.forEach(f -> out.add(f.identity()));
        return out;
    }

    static TreeSet<String> expectedIdentities(JsonNode list) {
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode f : list) {
            List<String> ev = new ArrayList<>();
            f.get("evidence").forEach(x -> ev.add(x.asText()));
            ev.sort(null);
            JsonNode mk = f.get("missingKind");
            out.add(f.get("kind").asText() + "|" + String.join(",", ev) + "|"
                    + (mk == null || mk.isNull() ? "" : mk.asText()));
        }
        return out;
    }
}
