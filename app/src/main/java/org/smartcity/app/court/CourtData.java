package org.smartcity.app.court;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.cail.CailFormatException;
import org.smartcity.court.cail.CailLabels;
import org.smartcity.court.cail.CailReader;
import org.smartcity.court.suggest.GuidelineTerm;
import org.smartcity.court.suggest.ModelStoreException;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.court.suggest.SuggestionStore;

/** Reads the court commands' inputs, turning every failure into one clear {@link UserError}. */
public final class CourtData {
    private CourtData() {}

    /** The cases of a CAIL JSON Lines file; a missing or malformed file is a {@link UserError} naming it. */
    public static List<CailCase> cases(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such data file: " + file);
        }
        try {
            return new CailReader().read(file);
        } catch (CailFormatException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * CAIL2018's label lists from {@code dir}, or from the folder of {@code data} when {@code dir} is null; empty when
     * that folder has none (a given {@code --labels} folder without them is an error).
     */
    static Optional<CailLabels> labels(Path dir, Path data) {
        return labels(dir, data, null);
    }

    /**
     * As {@link #labels(Path, Path)}, and when neither names a folder with the lists, the copy {@code court train} kept
     * in the model folder {@code modelDir} (may be null) from beside its training data.
     */
    static Optional<CailLabels> labels(Path dir, Path data, Path modelDir) {
        Optional<CailLabels> found = besideOrGiven(dir, data);
        if (found.isPresent()
                || dir != null
                || modelDir == null
                || !Files.isDirectory(modelDir.resolve(LABELS_FOLDER))) {
            return found;
        }
        return besideOrGiven(modelDir.resolve(LABELS_FOLDER), data);
    }

    /**
     * Copies the label lists found beside {@code data} into the model folder, so that scoring the model on a test file
     * kept elsewhere still uses the official lists; does nothing when there are none.
     */
    static void keepLabels(Path data, Path modelDir) {
        Path folder = data.toAbsolutePath().getParent();
        Path target = modelDir.resolve(LABELS_FOLDER);
        if (folder == null || besideOrGiven(null, data).isEmpty()) {
            removeStale(target);
            return;
        }
        try {
            Files.createDirectories(target);
            for (String file : List.of(CailLabels.CHARGES_FILE, CailLabels.ARTICLES_FILE)) {
                Files.copy(folder.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError("cannot keep the label lists in " + target + ": " + e.getMessage());
        }
    }

    /**
     * Deletes {@code folder} (a library or label copy a previous training left in the model folder), so that it is not
     * taken for the new model's; nothing when it does not exist.
     */
    static void removeStale(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UserError("cannot remove the previous model's " + folder + ": " + e.getMessage());
        }
    }

    private static Optional<CailLabels> besideOrGiven(Path dir, Path data) {
        Path folder = dir != null ? dir : data.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UserError("no such labels folder: " + dir);
        }
        try {
            Optional<CailLabels> labels = folder == null ? Optional.empty() : CailLabels.read(folder);
            if (dir != null && labels.isEmpty()) {
                throw new UserError(dir + ": no " + CailLabels.CHARGES_FILE + " and " + CailLabels.ARTICLES_FILE
                        + " in this folder");
            }
            return labels;
        } catch (CailFormatException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot read the label lists in " + folder + ": " + e.getMessage());
        }
    }

    /** The model in {@code dir}, weighing {@code guideline}'s term in its term reference. */
    static SuggestionModel model(Path dir, GuidelineTerm guideline) {
        if (!Files.isDirectory(dir)) {
            throw new UserError("no model folder " + dir + "; train one with: smartcity court train");
        }
        try {
            return new SuggestionStore().load(dir, guideline);
        } catch (ModelStoreException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The folder inside a model folder where {@code court train} writes the case library of its training cases. */
    public static final String LIBRARY_FOLDER = "library";
    /** The folder inside a model folder where {@code court train} keeps the CAIL label lists found beside its data. */
    static final String LABELS_FOLDER = "labels";

    /**
     * The case library to consult: {@code indexDir} when given (it must exist), else the library {@code court train}
     * wrote into the model folder {@code modelDir} (may be null), if there is one.
     */
    public static Optional<Path> library(Path modelDir, Path indexDir) {
        if (indexDir != null) {
            if (!Files.isDirectory(indexDir)) {
                throw new UserError("no case library " + indexDir + "; build one with: smartcity court index");
            }
            return Optional.of(indexDir);
        }
        if (modelDir == null) {
            return Optional.empty();
        }
        Path inModel = modelDir.resolve(LIBRARY_FOLDER);
        return Files.isDirectory(inModel) ? Optional.of(inModel) : Optional.empty();
    }
}
