package org.smartcity.app.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smartcity.app.cli.UserError;
import picocli.CommandLine.Option;

/**
 * The facts a court command works on: {@code --text TEXT}, or {@code --case FILE} — a plain UTF-8 text file, or a JSON
 * document with a {@code "fact"} field (one CAIL line). An unreadable file is a {@link UserError}.
 */
final class FactInput {
    Source source;

    static final class Source {
        @Option(names = "--text", paramLabel = "TEXT", description = "The fact text.")
        String text;

        @Option(
                names = "--case",
                paramLabel = "FILE",
                description = "A text file with the facts, or a JSON document with a \"fact\" field.")
        Path file;
    }

    /** The fact text. */
    String text() {
        if (source.text != null) {
            return source.text;
        }
        Path f = source.file;
        String content;
        try {
            content = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read " + f + ": " + e.getMessage());
        }
        String s = content.strip();
        if (s.startsWith("{")) {
            try {
                JsonNode root = new ObjectMapper().readTree(s);
                if (!root.path("fact").isTextual()) {
                    throw new UserError(f + ": JSON without a \"fact\" text");
                }
                return root.get("fact").asText();
            } catch (IOException e) {
                throw new UserError(f + ": not valid JSON");
            }
        }
        return s;
    }
}
