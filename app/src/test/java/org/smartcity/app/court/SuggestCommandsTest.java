package org.smartcity.app.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.CliRun;
import org.smartcity.court.sentencing.SentencingRules;

/** {@code smartcity court train|suggest|index|similar|evaluate} end to end on a small synthetic CAIL file. */
class SuggestCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path data;
    private static Path model;
    private static Path textModel;
    private static Path index;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** 20 theft and 20 dangerous-driving facts as CAIL lines. */
    private static List<String> lines() {
        Random r = new Random(11);
        List<String> out = new ArrayList<>();
        String[] names = {"张某", "李某", "王某", "赵某"};
        for (int i = 0; i < 20; i++) {
            String name = names[r.nextInt(names.length)];
            out.add("{\"fact\":\"经审理查明，被告人" + name + "在商店内秘密窃取他人手机一部，价值人民币" + (1000 + 100 * r.nextInt(30))
                    + "元，归案后如实供述。\",\"meta\":{\"accusation\":[\"盗窃\"],\"relevant_articles\":[264],"
                    + "\"term_of_imprisonment\":{\"imprisonment\":" + (3 + r.nextInt(5))
                    + ",\"death_penalty\":false,\"life_imprisonment\":false}}}");
            out.add("{\"fact\":\"经审理查明，被告人" + name + "醉酒驾驶小型轿车被交警查获，经鉴定血液中乙醇含量为" + (100 + r.nextInt(100))
                    + "mg/100ml。\",\"meta\":{\"accusation\":[\"危险驾驶\"],\"relevant_articles\":[133],"
                    + "\"term_of_imprisonment\":{\"imprisonment\":" + (1 + r.nextInt(4))
                    + ",\"death_penalty\":false,\"life_imprisonment\":false}}}");
        }
        return out;
    }

    /** Four-label accu.txt and law.txt in {@code folder}, which is returned. */
    private static Path writeLabelLists(Path folder) throws Exception {
        Files.writeString(folder.resolve("accu.txt"), "盗窃\n危险驾驶\n抢劫\n诈骗\n");
        Files.writeString(folder.resolve("law.txt"), "264\n133\n263\n266\n");
        return folder;
    }

    @BeforeAll
    static void trainAndIndex() throws Exception {
        data = dir.resolve("cases.jsonl");
        Files.write(data, lines(), StandardCharsets.UTF_8);
        model = dir.resolve("model");
        index = dir.resolve("index");
        CliRun t = run("court", "train", "--data", data.toString(), "--model", model.toString());
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out()).contains("trained on 40 cases", "case library");
        assertThat(model.resolve("library")).isDirectory();
        textModel = dir.resolve("text-model");
        CliRun bare = run("court", "train", "--data", data.toString(), "--model", textModel.toString(), "--no-library");
        assertThat(bare.code()).as(bare.err()).isZero();
        assertThat(textModel.resolve("library")).doesNotExist();
        CliRun i = run("court", "index", "--data", data.toString(), "--index", index.toString());
        assertThat(i.code()).as(i.err()).isZero();
    }

    @Test
    void suggestRanksTheftFirstAndPrintsParseableJson() throws Exception {
        CliRun r = run(
                "court", "suggest", "--model", textModel.toString(), "--text", "被告人秘密窃取他人手机一部，价值人民币2000元。", "--json");
        assertThat(r.code()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.path("charges").get(0).path("label").asText()).isEqualTo("盗窃");
        assertThat(doc.path("predictedArticles").get(0).asText()).isEqualTo("264");
        assertThat(doc.path("lowConfidence").asBoolean()).isFalse();
        CliRun text = run("court", "suggest", "--model", model.toString(), "--text", "被告人醉酒驾驶机动车，血液中乙醇含量为180mg/100ml。");
        assertThat(text.out()).contains("危险驾驶罪", "第133条");
        assertThat(doc.path("termBasis").path("similarCasesMedianMonths").isNull())
                .isTrue();
    }

    @Test
    void suggestAndSentenceWeighTheGuidelineTermOfTheRulesGiven() throws Exception {
        String theft = "被告人秘密窃取他人手机一部，价值人民币2000元。";
        // a province whose theft starts three months higher in the lowest tier
        ObjectNode tree;
        try (var in = getClass().getClassLoader().getResourceAsStream(SentencingRules.BUILT_IN)) {
            tree = (ObjectNode) JSON.readTree(in);
        }
        tree.put("version", "province-test-1");
        ObjectNode large = (ObjectNode) tree.get("charges").get(0).get("tiers").get(0);
        large.put("startMonths", large.get("startMonths").asInt() + 3);
        Path province = dir.resolve("province-rules.json");
        Files.write(province, JSON.writeValueAsBytes(tree));

        double nationalGuideline =
                guidelineMonths("court", "suggest", "--model", textModel.toString(), "--text", theft);
        double provinceGuideline = guidelineMonths(
                "court", "suggest", "--model", textModel.toString(), "--text", theft, "--rules", province.toString());
        double nationalSentence = sentenceMonths("--text", theft, "--charge", "盗窃");
        double provinceSentence = sentenceMonths("--text", theft, "--charge", "盗窃", "--rules", province.toString());

        assertThat(provinceSentence).isNotEqualTo(nationalSentence);
        assertThat(nationalGuideline).isEqualTo(nationalSentence);
        assertThat(provinceGuideline).isEqualTo(provinceSentence);
    }

    private static double guidelineMonths(String... args) throws Exception {
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
        withJson[args.length] = "--json";
        CliRun r = run(withJson);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode months = JSON.readTree(r.out()).path("termBasis").path("guidelineMonths");
        assertThat(months.isNumber()).as(r.out()).isTrue();
        return months.asDouble();
    }

    private static double sentenceMonths(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("court", "sentence", "--json"));
        all.addAll(List.of(args));
        CliRun r = run(all.toArray(new String[0]));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode months = JSON.readTree(r.out()).path("months");
        assertThat(months.isNumber()).as(r.out()).isTrue();
        return months.asDouble();
    }

    @Test
    void suggestWithTheLibraryShowsTheSimilarCasesTerm() throws Exception {
        CliRun r = run(
                "court",
                "suggest",
                "--model",
                model.toString(),
                "--index",
                index.toString(),
                "--text",
                "被告人秘密窃取他人手机一部，价值人民币2000元。",
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.path("predictedCharges").get(0).asText()).isEqualTo("盗窃");
        // the most similar library cases are theft cases of 3–7 months
        assertThat(doc.path("termBasis").path("similarCasesMedianMonths").asDouble())
                .isBetween(3.0, 7.0);
        CliRun noIndex = run(
                "court",
                "suggest",
                "--model",
                model.toString(),
                "--index",
                dir.resolve("nothing").toString(),
                "--text",
                "被告人秘密窃取手机");
        assertThat(noIndex.code()).isEqualTo(1);
        assertThat(noIndex.err()).contains("no case library");
    }

    @Test
    void theModelsOwnLibraryIsConsultedWithoutIndex() throws Exception {
        CliRun r =
                run("court", "suggest", "--model", model.toString(), "--text", "被告人秘密窃取他人手机一部，价值人民币2000元。", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        // the training cases' library: theft cases of 3–7 months
        assertThat(JSON.readTree(r.out())
                        .path("termBasis")
                        .path("similarCasesMedianMonths")
                        .asDouble())
                .isBetween(3.0, 7.0);
        CliRun evaluate = run("court", "evaluate", "--model", model.toString(), "--data", data.toString(), "--json");
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        assertThat(JSON.readTree(evaluate.out()).path("similarP10").asDouble()).isBetween(0.5, 1.0);
        CliRun bare = run("court", "evaluate", "--model", textModel.toString(), "--data", data.toString());
        assertThat(bare.code()).as(bare.err()).isZero();
        assertThat(bare.out()).contains("not measured (no case library");
    }

    @Test
    void badInputGivesAClearAnswer() {
        CliRun english = run("court", "suggest", "--model", model.toString(), "--text", "stole a phone");
        assertThat(english.code()).isZero();
        assertThat(english.out()).startsWith("LOW CONFIDENCE: text too short / no Chinese legal facts found");
        CliRun noModel =
                run("court", "suggest", "--model", dir.resolve("nothing").toString(), "--text", "被告人秘密窃取手机");
        assertThat(noModel.code()).isEqualTo(1);
        assertThat(noModel.err()).contains("no model folder");
        CliRun noFile = run(
                "court",
                "suggest",
                "--model",
                model.toString(),
                "--case",
                dir.resolve("missing.txt").toString());
        assertThat(noFile.code()).isEqualTo(1);
        assertThat(noFile.err()).contains("cannot read");
    }

    @Test
    void similarFindsCasesOfTheSameChargeWithExcerpts(@TempDir Path tmp) throws Exception {
        Path query = tmp.resolve("q.txt");
        Files.writeString(query, "被告人在商店内秘密窃取他人手机一部，价值人民币1500元。");
        CliRun r = run(
                "court",
                "similar",
                "--index",
                index.toString(),
                "--model",
                model.toString(),
                "--case",
                query.toString(),
                "--top",
                "5",
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode cases = JSON.readTree(r.out()).path("cases");
        assertThat(cases).hasSize(5);
        for (JsonNode c : cases) {
            assertThat(c.path("charges").get(0).asText()).isEqualTo("盗窃");
        }
        assertThat(cases.get(0).path("excerpt").asText()).contains("【");
        assertThat(cases.get(0).path("shared").toString()).contains("same charge 盗窃");
    }

    @Test
    void evaluateScoresASavedModelAndCrossValidates() throws Exception {
        CliRun saved = run(
                "court",
                "evaluate",
                "--model",
                model.toString(),
                "--data",
                data.toString(),
                "--index",
                index.toString(),
                "--json");
        assertThat(saved.code()).as(saved.err()).isZero();
        JsonNode doc = JSON.readTree(saved.out());
        assertThat(doc.path("charges").asDouble()).isGreaterThan(90);
        assertThat(doc.has("articles") && doc.has("term") && doc.has("similarP10"))
                .isTrue();
        CliRun cv = run("court", "evaluate", "--data", data.toString(), "--folds", "2", "--json");
        assertThat(cv.code()).as(cv.err()).isZero();
        JsonNode d = JSON.readTree(cv.out());
        assertThat(d.path("folds").asInt()).isEqualTo(2);
        assertThat(d.path("similarP10").asDouble()).isBetween(0.0, 1.0);
        assertThat(d.path("labelSet").asText()).isEqualTo("labels present in truth or predictions");
        assertThat(d.path("charges").asDouble())
                .isEqualTo(d.path("chargesPresentLabels").asDouble());
        assertThat(d.path("scoredAs").asText()).startsWith("mean of the folds");
        assertThat(d.path("perFold")).hasSize(2);
        double meanOfFolds = (d.path("perFold").get(0).path("charges").asDouble()
                        + d.path("perFold").get(1).path("charges").asDouble())
                / 2;
        assertThat(d.path("charges").asDouble()).isCloseTo(meanOfFolds, org.assertj.core.data.Offset.offset(0.011));
        assertThat(d.path("pooled").path("cases").asInt())
                .isEqualTo(d.path("cases").asInt());
        CliRun none = run("court", "evaluate", "--data", data.toString());
        assertThat(none.code()).isEqualTo(1);
    }

    @Test
    void theModelKeepsTheLabelListsFoundBesideItsTrainingData(@TempDir Path tmp) throws Exception {
        Path training = Files.createDirectories(tmp.resolve("training"));
        Files.copy(data, training.resolve("cases.jsonl"));
        writeLabelLists(training);
        Path kept = tmp.resolve("model");
        CliRun t =
                run("court", "train", "--data", training.resolve("cases.jsonl").toString(), "--model", kept.toString());
        assertThat(t.code()).as(t.err()).isZero();
        // a test file elsewhere, without label lists beside it: the model's copy gives the official rule
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.copy(data, elsewhere.resolve("test.jsonl"));
        CliRun e = run(
                "court",
                "evaluate",
                "--model",
                kept.toString(),
                "--data",
                elsewhere.resolve("test.jsonl").toString(),
                "--json");
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(JSON.readTree(e.out()).path("labelSet").asText()).isEqualTo("accu.txt/law.txt (4/4)");
        // trained again without a library where there are no label lists: neither copy of the old training is left
        CliRun again = run(
                "court",
                "train",
                "--data",
                elsewhere.resolve("test.jsonl").toString(),
                "--model",
                kept.toString(),
                "--no-library");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(kept.resolve("library")).doesNotExist();
        assertThat(kept.resolve("labels")).doesNotExist();
        // a model trained where there are none scores over the labels present
        CliRun bare = run(
                "court",
                "evaluate",
                "--model",
                model.toString(),
                "--data",
                elsewhere.resolve("test.jsonl").toString(),
                "--json");
        assertThat(JSON.readTree(bare.out()).path("labelSet").asText())
                .isEqualTo("labels present in truth or predictions");
    }

    @Test
    void evaluateScoresOverTheFullLabelListsAndOneFold() throws Exception {
        Path labels = writeLabelLists(Files.createDirectories(dir.resolve("labels")));
        CliRun cv = run(
                "court",
                "evaluate",
                "--data",
                data.toString(),
                "--folds",
                "2",
                "--only-fold",
                "1",
                "--labels",
                labels.toString(),
                "--json");
        assertThat(cv.code()).as(cv.err()).isZero();
        JsonNode d = JSON.readTree(cv.out());
        assertThat(d.path("cases").asInt()).isEqualTo(20);
        assertThat(d.path("onlyFold").asInt()).isEqualTo(1);
        assertThat(d.path("labelSet").asText()).isEqualTo("accu.txt/law.txt (4/4)");
        // the two labels never predicted nor expected count 1.0 each under the official rule
        assertThat(d.path("charges").asDouble())
                .isGreaterThanOrEqualTo(d.path("chargesPresentLabels").asDouble());
        CliRun text = run(
                "court",
                "evaluate",
                "--data",
                data.toString(),
                "--folds",
                "2",
                "--only-fold",
                "1",
                "--labels",
                labels.toString());
        assertThat(text.out()).contains("label set: accu.txt/law.txt (4/4)").contains("fold 1 only");
        CliRun badFold = run("court", "evaluate", "--data", data.toString(), "--folds", "2", "--only-fold", "3");
        assertThat(badFold.code()).isEqualTo(1);
        assertThat(badFold.err()).contains("--only-fold must be between 1 and --folds (2)");
        CliRun noLabels = run(
                "court",
                "evaluate",
                "--data",
                data.toString(),
                "--folds",
                "2",
                "--labels",
                dir.resolve("model").toString());
        assertThat(noLabels.code()).isEqualTo(1);
        assertThat(noLabels.err()).contains("no accu.txt and law.txt");
    }

    @Test
    void evaluateDrawsALearningCurvePointWithATrainingShare() throws Exception {
        CliRun half =
                run("court", "evaluate", "--data", data.toString(), "--folds", "2", "--train-share", "0.5", "--json");
        assertThat(half.code()).as(half.err()).isZero();
        JsonNode d = JSON.readTree(half.out());
        assertThat(d.path("trainShare").asDouble()).isEqualTo(0.5);
        assertThat(d.path("cases").asInt()).as("the held-out folds stay whole").isEqualTo(40);
        assertThat(d.path("charges").asDouble()).isBetween(0.0, 100.0);
        for (String bad : new String[] {"0", "1.5", "-0.2"}) {
            CliRun r = run("court", "evaluate", "--data", data.toString(), "--folds", "2", "--train-share", bad);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("--train-share must be more than 0 and at most 1");
        }
        CliRun noFolds = run("court", "evaluate", "--data", data.toString(), "--model", "m", "--train-share", "0.5");
        assertThat(noFolds.code()).isEqualTo(1);
        assertThat(noFolds.err()).contains("--train-share needs --folds K");
    }

    @Test
    void benchCourtSuggestTrainsOnFourFifthsAndReportsEveryLatency() {
        CliRun bench = run("bench", "court-suggest", "--data", data.toString(), "--warmup", "2");
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.out())
                .contains("| train on 32 cases")
                .contains("text-only suggestion")
                .contains("case-based suggestion")
                .contains("similar-case search alone")
                .contains("8 held-out facts");
        CliRun missing = run(
                "bench", "court-suggest", "--data", dir.resolve("nothing.jsonl").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no such data file");
    }
}
