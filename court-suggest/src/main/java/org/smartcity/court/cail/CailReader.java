package org.smartcity.court.cail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CAIL2018 JSON Lines: one judgment per line, {@code {"fact": …, "meta": {"accusation": […],
 * "relevant_articles": […], "term_of_imprisonment": {"imprisonment": months, "death_penalty": b,
 * "life_imprisonment": b}}}}. Blank lines are skipped. Strict: the first bad line stops the read with a message
 * naming it, so nothing half-read is returned. Thread-safe.
 */
public final class CailReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads every case of {@code file}. */
    public List<CailCase> read(Path file) throws CailFormatException {
        List<CailCase> cases = new ArrayList<>();
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    cases.add(parse(name, number, line));
                }
            }
        } catch (IOException e) {
            throw new CailFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (cases.isEmpty()) {
            throw new CailFormatException(name + ": no cases");
        }
        return cases;
    }

    /** Parses one line; {@code name} and {@code number} only serve the error message. */
    public CailCase parse(String name, int number, String line) throws CailFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (IOException e) {
            throw new CailFormatException(name + ": line " + number + ": not valid JSON", e);
        }
        String where = name + ": line " + number + ": ";
        if (root == null || !root.path("fact").isTextual()) {
            throw new CailFormatException(where + "no \"fact\" text");
        }
        JsonNode meta = root.path("meta");
        List<String> charges = new ArrayList<>();
        for (JsonNode c : meta.path("accusation")) {
            charges.add(c.asText().strip().replaceAll("罪$", ""));
        }
        List<Integer> articles = new ArrayList<>();
        for (JsonNode a : meta.path("relevant_articles")) {
            if (!a.canConvertToInt()) {
                throw new CailFormatException(where + "relevant_articles holds a non-number: " + a);
            }
            articles.add(a.asInt());
        }
        JsonNode term = meta.path("term_of_imprisonment");
        int months = Math.max(0, term.path("imprisonment").asInt(0));
        return new CailCase(
                root.get("fact").asText(),
                charges,
                articles,
                months,
                term.path("death_penalty").asBoolean(false),
                term.path("life_imprisonment").asBoolean(false));
    }
}
