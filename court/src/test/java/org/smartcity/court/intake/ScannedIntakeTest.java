package org.smartcity.court.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan of the test case (rendered at 200 dpi, turned by 0.8°, no text layer) read through tesseract. */
class ScannedIntakeTest {
    @TempDir
    Path dir;

    @Test
    void aSlightlyRotatedScanIsReadByOcrWithItsConfidenceInTheProvenance() throws Exception {
        Optional<Path> font = FixturePdf.cjkFont();
        assumeTrue(font.isPresent(), "no CJK font installed: cannot write a Chinese test PDF");
        assumeTrue(new TesseractOcr().available(), "tesseract with chi_sim is not installed");
        Path pdf = dir.resolve("case.pdf");
        FixturePdf.write(pdf, FixtureCase.pages(), font.get());
        Path scan = dir.resolve("case-scan.pdf");
        FixturePdf.scan(pdf, scan, 200, 0.8);

        CaseFileIntake.Result r = new DocumentIntake().read(scan);
        JsonNode c = r.caseFile();

        assertThat(c.path("intake").path("ocrPages").asInt())
                .isEqualTo(FixtureCase.pages().size());
        assertThat(r.pages()).allSatisfy(p -> assertThat(p.ocr()).isTrue());
        List<String> ids = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        c.path("evidence").forEach(e -> {
            ids.add(e.path("id").asText());
            kinds.add(e.path("kind").asText());
        });
        assertThat(ids).containsExactly("E1", "E2", "E3", "E4");
        assertThat(kinds).containsExactly("arrival-report", "interrogation-record", "inquiry-record", "bank-records");
        double caseIdConfidence = c.path("intake")
                .path("fields")
                .path("$.evidence[E2].time")
                .path("confidence")
                .asDouble();
        assertThat(caseIdConfidence).isGreaterThan(0).isLessThan(1);
    }
}
