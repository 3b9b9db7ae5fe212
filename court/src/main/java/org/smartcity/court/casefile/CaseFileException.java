package org.smartcity.court.casefile;

import java.util.Objects;

/**
 * A case file that cannot be read at all (not JSON, not an object, wrong format version, no case id). The message
 * is one line: {@code FILE: at PATH: REASON}.
 */
public final class CaseFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String reason;

    public CaseFileException(String source, String path, String reason) {
        super(Objects.requireNonNull(source) + ": at " + Objects.requireNonNull(path) + ": "
                + Objects.requireNonNull(reason));
        this.source = source;
        this.path = path;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
