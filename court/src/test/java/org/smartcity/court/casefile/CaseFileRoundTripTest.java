package org.smartcity.court.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reading and writing case files: nothing is lost, and bad input is named precisely. */
class CaseFileRoundTripTest {
    private static final Path CASES = Path.of("src", "test", "resources", "cases");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Numbers compare by value (4300 and 4300.0 are one amount). */
    private static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private final CaseFileReader reader = new CaseFileReader();
    private final CaseFileWriter writer = new CaseFileWriter();

    @Test
    void everySampleCaseSurvivesReadAndWriteUnchanged() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(CASES)) {
            files = s.filter(p -> !p.getFileName().toString().equals("expected.json"))
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path f : files) {
            JsonNode original = JSON.readTree(f.toFile());
            JsonNode written = JSON.readTree(writer.toText(reader.read(f).caseFile()));
            assertThat(original.equals(NUMERIC, written)).as(f.toString()).isTrue();
        }
    }

    @Test
    void unknownFieldsAtEveryLevelAreKept() throws Exception {
        String doc = """
                {"formatVersion":1,"caseId":"C1","charges":["theft"],"courtNote":{"a":[1,2]},
                 "offence":{"time":"2024-03-09T21:40:00+08:00","amount_cny":3200.5,"weather":"rain"},
                 "persons":[{"id":"P1","role":"suspect","nickname":"阿强",
                   "priorConvictions":[{"charge":"theft","sentence_months":6}]}],
                 "evidence":[{"id":"E1","kind":"photo","category":"physical","scanPages":3,
                   "facts":{"colour":"red","lineupSize":8}}]}
                """;
        ReadResult read = reader.read("c.json", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).isEmpty();
        CaseFile c = read.caseFile();
        assertThat(c.extras()).containsKey("courtNote");
        assertThat(c.offence().extras()).containsKey("weather");
        assertThat(c.persons().get(0).extras()).containsKeys("nickname", "priorConvictions");
        assertThat(c.evidence().get(0).facts().extras()).containsKey("colour");
        JsonNode written = writer.toJson(c);
        assertThat(written.equals(NUMERIC, JSON.readTree(doc))).isTrue();
    }

    @Test
    void theOriginalSpellingOfTimesIsKept() throws Exception {
        String doc = "{\"formatVersion\":1,\"caseId\":\"C\",\"charges\":[\"theft\"],"
                + "\"registeredAt\":\"2024-03-09T21:40:00+08:00\"}";
        CaseFile c = reader.read("c.json", doc.getBytes(StandardCharsets.UTF_8)).caseFile();
        assertThat(writer.toJson(c).get("registeredAt").asText()).isEqualTo("2024-03-09T21:40:00+08:00");
    }

    @Test
    void aBadEntryIsSkippedReportedAndStillWrittenBack() throws Exception {
        String doc = """
                {"formatVersion":1,"caseId":"C","charges":["theft"],
                 "evidence":[{"id":"E1","kind":"photo"},{"kind":"photo"},"junk",{"id":"E1","kind":"other"},
                   {"id":"E5","kind":"photo","time":"yesterday","collectedBy":["P1",7]}]}
                """;
        ReadResult read = reader.read("bad.json", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(read.caseFile().evidence()).extracting(EvidenceItem::id).containsExactly("E1", "E5");
        assertThat(read.problems())
                .extracting(ReadProblem::path)
                .containsExactly(
                        "$.evidence[1].id",
                        "$.evidence[2]",
                        "$.evidence[3].id",
                        "$.evidence[4].time",
                        "$.evidence[4].collectedBy[1]");
        assertThat(read.problemLines().get(3)).startsWith("bad.json: at $.evidence[4].time: not an ISO-8601");
        JsonNode written = writer.toJson(read.caseFile());
        assertThat(written.get("evidence")).hasSize(5);
        assertThat(written.get("evidence").get(1).get("time").asText()).isEqualTo("yesterday");
    }

    @Test
    void aNumberTooLargeForADoubleIsAProblemNotACrash() throws Exception {
        String doc = """
                {"formatVersion":1,"caseId":"C","charges":["theft"],"offence":{"amount_cny":1e999},"evidence":[]}
                """;
        ReadResult read = reader.read("huge.json", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(read.problemLines())
                .singleElement()
                .satisfies(
                        l -> assertThat(l).startsWith("huge.json: at $.offence.amount_cny: expected a non-negative"));
        assertThat(read.caseFile().offence().amount_cny()).isEmpty();
    }

    @Test
    void unreadableDocumentsAreRefusedWithFilePathAndReason() {
        assertThatThrownBy(() -> reader.read("x.json", "{\"caseId\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CaseFileException.class)
                .hasMessageStartingWith("x.json: at $: not valid JSON");
        assertThatThrownBy(() -> reader.read("x.json", "[1]".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("x.json: at $: a case file must be a JSON object");
        assertThatThrownBy(() -> reader.read(
                        "x.json", "{\"formatVersion\":2,\"caseId\":\"C\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("x.json: at $.formatVersion: unsupported format version 2");
        assertThatThrownBy(() -> reader.read("x.json", "{\"formatVersion\":1}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("x.json: at $.caseId: required: a non-blank string");
    }

    @Test
    void idNumbersGiveBirthDates() {
        assertThat(Person.birthDateOfIdNumber("350583199402183372"))
                .hasValueSatisfying(d -> assertThat(d).hasToString("1994-02-18"));
        assertThat(Person.birthDateOfIdNumber("350583199413183372")).isEmpty();
        assertThat(Person.birthDateOfIdNumber("123")).isEmpty();
    }
}
