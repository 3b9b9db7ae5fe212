package org.smartcity.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.smartcity.app.cli.UserError;

/** Removing a data folder the program made for itself (the demo's temporary folder). */
final class DataFolder {
    private DataFolder() {}

    /**
     * Deletes {@code dir} and everything under it; a folder already gone is fine.
     *
     * @throws UserError naming the path when something cannot be deleted
     */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("could not delete the demo data folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
