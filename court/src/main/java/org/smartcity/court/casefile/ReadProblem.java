package org.smartcity.court.casefile;

import java.util.Objects;

/**
 * Something in a case file that could not be read: where (a JSON path such as {@code $.evidence[3].time}) and
 * why. Immutable.
 *
 * @param path JSON path of the offending value, {@code $} for the whole document
 * @param reason what is wrong, in English, naming the expected form
 */
public record ReadProblem(String path, String reason) {
    public ReadProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code at PATH: REASON}. */
    @Override
    public String toString() {
        return "at " + path + ": " + reason;
    }
}
