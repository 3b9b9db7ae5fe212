package org.smartcity.traffic.cityflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads typed fields from a JSON tree and turns every problem into an {@link InvalidInputException}. */
final class JsonFields {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Path file;

    JsonFields(Path file) {
        this.file = file;
    }

    JsonNode parse() throws InvalidInputException {
        try {
            return MAPPER.readTree(Files.newBufferedReader(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "$", "file not found");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            String detail = e.getOriginalMessage();
            int noise = detail.indexOf(" (start marker");
            throw new InvalidInputException(
                    file, "$", "malformed JSON" + where + ": " + (noise > 0 ? detail.substring(0, noise) : detail));
        } catch (IOException e) {
            throw new InvalidInputException(file, "$", "cannot read: " + e.getMessage());
        }
    }

    InvalidInputException error(String path, String reason) {
        return new InvalidInputException(file, path, reason);
    }

    JsonNode required(JsonNode parent, String field, String path) throws InvalidInputException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw error(path + "." + field, "required field is missing");
        }
        return node;
    }

    JsonNode array(JsonNode parent, String field, String path) throws InvalidInputException {
        JsonNode node = required(parent, field, path);
        if (!node.isArray()) {
            throw error(path + "." + field, "must be a JSON array, got " + node.getNodeType());
        }
        return node;
    }

    String text(JsonNode parent, String field, String path) throws InvalidInputException {
        JsonNode node = required(parent, field, path);
        if (!node.isTextual()) {
            throw error(path + "." + field, "must be a string, got " + node.getNodeType());
        }
        return node.asText();
    }

    double number(JsonNode parent, String field, String path) throws InvalidInputException {
        JsonNode node = required(parent, field, path);
        if (!node.isNumber()) {
            throw error(path + "." + field, "must be a number, got " + node.getNodeType());
        }
        double value = node.asDouble();
        if (!Double.isFinite(value)) {
            throw error(path + "." + field, field + " must be a finite number, got " + node.asText());
        }
        return value;
    }

    double number(JsonNode parent, String field, String path, double fallback) throws InvalidInputException {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? fallback : number(parent, field, path);
    }

    int integer(JsonNode parent, String field, String path) throws InvalidInputException {
        JsonNode node = required(parent, field, path);
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw error(path + "." + field, "must be an integer, got " + node);
        }
        return node.asInt();
    }

    boolean bool(JsonNode parent, String field, String path, boolean fallback) throws InvalidInputException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw error(path + "." + field, "must be true or false, got " + node);
        }
        return node.asBoolean();
    }
}
