package org.smartcity.traffic.cityflow;

import java.nio.file.Path;

/**
 * A user's input file is unusable. The message names the file, the JSON path of the offending element
 * (such as {@code $.roads[3].lanes[0].width}) and the reason, and is meant to be shown as it is.
 */
public final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String jsonPath;
    private final String reason;

    public InvalidInputException(Path file, String jsonPath, String reason) {
        super(file + ": at " + jsonPath + ": " + reason);
        this.file = file;
        this.jsonPath = jsonPath;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String jsonPath() {
        return jsonPath;
    }

    public String reason() {
        return reason;
    }
}
