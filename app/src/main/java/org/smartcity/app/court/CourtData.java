package org.smartcity.app.court;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.smartcity.app.UserError;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.cail.CailFormatException;
import org.smartcity.court.cail.CailReader;
import org.smartcity.court.suggest.ModelStoreException;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.court.suggest.SuggestionStore;

/** Reads the court commands' inputs, turning every failure into one clear {@link UserError}. */
final class CourtData {
    private CourtData() {}

    static List<CailCase> cases(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such data file: " + file);
        }
        try {
            return new CailReader().read(file);
        } catch (CailFormatException e) {
            throw new UserError(e.getMessage());
        }
    }

    static SuggestionModel model(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError("no model folder " + dir + "; train one with: smartcity court train");
        }
        try {
            return new SuggestionStore().load(dir);
        } catch (ModelStoreException e) {
            throw new UserError(e.getMessage());
        }
    }
}
