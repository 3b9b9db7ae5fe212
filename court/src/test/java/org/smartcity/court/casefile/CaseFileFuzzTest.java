package org.smartcity.court.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.report.TextReport;
import org.smartcity.court.review.CaseReviewer;
import org.smartcity.court.review.Review;
import org.smartcity.court.review.ReviewJson;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;

/**
 * Property: random mutations of valid case files (bytes replaced, deleted, duplicated; JSON values swapped for
 * others) never crash or hang the reader and the review — the outcome is always a review or a clear
 * {@link CaseFileException} naming the file.
 */
class CaseFileFuzzTest {
    private static final Path SAMPLE = Path.of("src", "test", "resources", "cases", "robbery-flawed.json");
    private static final String[] TOKENS = {
        "null", "true", "[]", "{}", "\"\"", "-1", "1e999", "\"x\"", "[[[", "}", ",", "\"2024-13-40T99:00:00+08:00\""
    };

    @Test
    void mutatedFilesGiveAReviewOrAClearError() throws Exception {
        byte[] valid = Files.readAllBytes(SAMPLE);
        CaseFileReader reader = new CaseFileReader();
        CaseReviewer reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
        qt().withExamples(400)
                .withTestingTime(Duration.ofSeconds(40).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 12))
                .checkAssert(ops -> reviewOrClearError(reader, reviewer, mutate(valid, ops)));
    }

    @Test
    void arbitraryBytesGiveAReviewOrAClearError() throws Exception {
        CaseFileReader reader = new CaseFileReader();
        CaseReviewer reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 200))
                .checkAssert(bytes -> {
                    byte[] b = new byte[bytes.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) (int) bytes.get(i);
                    }
                    reviewOrClearError(reader, reviewer, b);
                });
    }

    private static void reviewOrClearError(CaseFileReader reader, CaseReviewer reviewer, byte[] doc) {
        try {
            ReadResult read = reader.read("fuzz.json", doc);
            Review review = reviewer.review(read);
            assertThat(new ReviewJson().toText(review)).contains(review.caseId().isEmpty() ? "" : "caseId");
            assertThat(new TextReport().render(review, read.caseFile(), review.language()))
                    .isNotEmpty();
            new CaseFileWriter().toText(read.caseFile());
        } catch (CaseFileException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json: at $");
            assertThat(e.reason()).isNotBlank();
        }
    }

    /** Applies byte-level and token-level edits chosen by the random numbers. */
    static byte[] mutate(byte[] valid, List<Integer> ops) {
        String s = new String(valid, StandardCharsets.UTF_8);
        for (int op : ops) {
            int at = (op >>> 4) % Math.max(1, s.length());
            switch (op & 7) {
                case 0 -> s = s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + (op >>> 20) % 40));
                case 1 -> s = s.substring(0, at) + TOKENS[(op >>> 8) % TOKENS.length] + s.substring(at);
                case 2 -> {
                    int colon = s.indexOf(':', at);
                    if (colon > 0) {
                        int end = colon + 1;
                        while (end < s.length() && ",}]".indexOf(s.charAt(end)) < 0) {
                            end++;
                        }
                        s = s.substring(0, colon + 1) + TOKENS[(op >>> 8) % TOKENS.length] + s.substring(end);
                    }
                }
                case 3 -> s = s.substring(0, at) + (char) ((op >>> 8) % 0x9FFF) + s.substring(at);
                case 4 -> s = s.substring(0, at) + s.substring(at, Math.min(s.length(), at + 30)) + s.substring(at);
                case 5 -> s = s.replaceFirst("\"E" + ((op >>> 8) % 8) + "\"", "\"E" + ((op >>> 12) % 8) + "\"");
                case 6 -> s = s.replaceFirst("\"P" + ((op >>> 8) % 11) + "\"", "\"Q\"");
                default -> s = s.substring(0, at);
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
