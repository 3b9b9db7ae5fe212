package org.smartcity.court.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Saves and loads a {@link SuggestionModel} as a folder of three files: {@code model.json} (format name and version,
 * seed, decision settings, label names, P(article | charge), charge companions, the legal adjustments),
 * {@code vocabulary.tsv.gz} (term TAB document frequency, in index order) and {@code weights.bin.gz} (the sparse
 * weights of every charge, article and term function). The same model always gives the same bytes. Thread-safe.
 */
public final class SuggestionStore {
    /** The format name written to {@code model.json}. */
    public static final String FORMAT = "smartcity-court-suggest";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes {@code model} to {@code dir} (created when missing; the three files are replaced). */
    public void save(SuggestionModel model, Path dir) throws ModelStoreException {
        try {
            Files.createDirectories(dir);
            ObjectNode root = JSON.createObjectNode();
            root.put("format", FORMAT);
            root.put("version", SuggestionModel.FORMAT_VERSION);
            root.put("seed", model.seed());
            root.put("documents", model.vocabulary().documents());
            root.put("threshold", model.threshold());
            root.put("chargePriorWeight", model.chargePriorWeight());
            model.charges().forEach(c -> root.withArray("charges").add(c.name()));
            model.articles().forEach(a -> root.withArray("articles").add(a.name()));
            ObjectNode prior = root.putObject("articlesOfCharge");
            new TreeMap<>(model.articlesOfCharge()).forEach((charge, dist) -> {
                ObjectNode d = prior.putObject(charge);
                new TreeMap<>(dist).forEach(d::put);
            });
            ObjectNode companions = root.putObject("chargeCompanions");
            new TreeMap<>(model.chargeCompanions())
                    .forEach((charge, others) ->
                            new java.util.TreeSet<>(others).forEach(companions.withArray(charge)::add));
            root.put("severalOffencesLogExcess", model.adjustments().severalOffencesLogExcess());
            ObjectNode era = root.putObject("eraArticles");
            // sorted: the rules map's own order is not fixed, and the same model must give the same bytes
            new TreeMap<>(model.adjustments().eraArticles().rules())
                    .forEach((charge, rule) -> era.putObject(charge)
                            .put("article", rule.article())
                            .put("replaces", rule.replaces())
                            .put("cases", rule.cases()));
            JSON.writerWithDefaultPrettyPrinter()
                    .writeValue(dir.resolve("model.json").toFile(), root);
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(dir.resolve("vocabulary.tsv.gz"))),
                    StandardCharsets.UTF_8))) {
                Vocabulary v = model.vocabulary();
                for (int i = 0; i < v.size(); i++) {
                    w.write(v.term(i) + "\t" + v.df(i) + "\n");
                }
            }
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                    new GZIPOutputStream(Files.newOutputStream(dir.resolve("weights.bin.gz"))), 1 << 16))) {
                List<LinearScorer> all = new ArrayList<>(model.charges());
                all.addAll(model.articles());
                all.add(model.term());
                out.writeInt(all.size());
                for (LinearScorer s : all) {
                    out.writeUTF(s.name());
                    out.writeDouble(s.bias());
                    out.writeInt(s.size());
                    for (int k = 0; k < s.size(); k++) {
                        out.writeInt(s.indexAt(k));
                        out.writeFloat(s.weightAt(k));
                    }
                }
            }
        } catch (IOException e) {
            throw new ModelStoreException("cannot write model to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model folder; the model weighs {@code guideline}'s term in its term reference (the rules are not part
     * of the saved model).
     *
     * @throws ModelStoreException when the folder or a file is missing, of another format or version, or damaged
     */
    public SuggestionModel load(Path dir, GuidelineTerm guideline) throws ModelStoreException {
        Path manifest = dir.resolve("model.json");
        if (!Files.isRegularFile(manifest)) {
            throw new ModelStoreException(
                    "no model in " + dir + " (model.json missing); train one with: smartcity court train");
        }
        try {
            JsonNode root = JSON.readTree(manifest.toFile());
            if (!FORMAT.equals(root.path("format").asText())) {
                throw new ModelStoreException(manifest + ": not a " + FORMAT + " model");
            }
            if (root.path("version").asInt() != SuggestionModel.FORMAT_VERSION) {
                throw new ModelStoreException(
                        manifest + ": model version " + root.path("version").asInt() + ", this program reads version "
                                + SuggestionModel.FORMAT_VERSION + "; train it again");
            }
            int charges = root.path("charges").size();
            int articles = root.path("articles").size();
            List<String> terms = new ArrayList<>();
            List<Integer> df = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(dir.resolve("vocabulary.tsv.gz"))),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int tab = line.lastIndexOf('\t');
                    terms.add(line.substring(0, tab));
                    df.add(Integer.parseInt(line.substring(tab + 1)));
                }
            }
            Vocabulary vocabulary = new Vocabulary(
                    terms.toArray(new String[0]),
                    df.stream().mapToInt(Integer::intValue).toArray(),
                    root.path("documents").asInt());
            List<LinearScorer> all = new ArrayList<>();
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(
                    new GZIPInputStream(Files.newInputStream(dir.resolve("weights.bin.gz")), 1 << 16), 1 << 16))) {
                int n = in.readInt();
                if (n != charges + articles + 1) {
                    throw new ModelStoreException(dir + ": weights.bin.gz does not match model.json");
                }
                for (int s = 0; s < n; s++) {
                    String name = in.readUTF();
                    double bias = in.readDouble();
                    int size = in.readInt();
                    int[] idx = new int[size];
                    float[] w = new float[size];
                    for (int k = 0; k < size; k++) {
                        idx[k] = in.readInt();
                        w[k] = in.readFloat();
                    }
                    all.add(new LinearScorer(name, idx, w, bias));
                }
            }
            Map<String, Map<String, Double>> prior = new TreeMap<>();
            root.path("articlesOfCharge").properties().forEach(e -> {
                Map<String, Double> d = new TreeMap<>();
                e.getValue()
                        .properties()
                        .forEach(a -> d.put(a.getKey(), a.getValue().asDouble()));
                prior.put(e.getKey(), d);
            });
            Map<String, java.util.Set<String>> companions = new TreeMap<>();
            root.path("chargeCompanions").properties().forEach(e -> {
                java.util.Set<String> others = new java.util.TreeSet<>();
                e.getValue().forEach(o -> others.add(o.asText()));
                companions.put(e.getKey(), others);
            });
            // absent from models saved before the rule existed: they keep predicting without it
            Map<String, EraArticles.Rule> era = new TreeMap<>();
            root.path("eraArticles")
                    .properties()
                    .forEach(e -> era.put(
                            e.getKey(),
                            new EraArticles.Rule(
                                    e.getKey(),
                                    e.getValue().path("article").asText(),
                                    e.getValue().path("replaces").asText(),
                                    e.getValue().path("cases").asInt())));
            return new SuggestionModel(
                    vocabulary,
                    all.subList(0, charges),
                    all.subList(charges, charges + articles),
                    all.get(charges + articles),
                    prior,
                    companions,
                    new LegalAdjustments(
                            new EraArticles(era),
                            root.path("severalOffencesLogExcess").asDouble(0)),
                    root.path("threshold").asDouble(0.4),
                    root.path("chargePriorWeight").asDouble(0.0),
                    root.path("seed").asLong(),
                    guideline);
        } catch (IOException | RuntimeException e) {
            throw new ModelStoreException("cannot read model in " + dir + ": " + e.getMessage(), e);
        }
    }
}
