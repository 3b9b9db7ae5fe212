package org.smartcity.court.cail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * CAIL2018's full label lists: the charge names of {@code accu.txt} and the article numbers of {@code law.txt}, which
 * the official judger scores every label of (see {@link CailScore#officialLabels}). They are data published beside
 * the cases and are read from there, never shipped. Charge names are kept as in the file (no brackets); compare them
 * with {@link #chargeKey}. Immutable.
 *
 * @param charges the charge names, in file order, without duplicates
 * @param articles the article numbers as strings, in file order, without duplicates
 */
public record CailLabels(List<String> charges, List<String> articles) {
    /** The file of charge names. */
    public static final String CHARGES_FILE = "accu.txt";
    /** The file of article numbers. */
    public static final String ARTICLES_FILE = "law.txt";

    /**
     * @throws IllegalArgumentException when a list is empty
     */
    public CailLabels {
        if (charges.isEmpty() || articles.isEmpty()) {
            throw new IllegalArgumentException("empty CAIL label list");
        }
        charges = List.copyOf(new LinkedHashSet<>(charges));
        articles = List.copyOf(new LinkedHashSet<>(articles));
    }

    /**
     * Reads {@code accu.txt} and {@code law.txt} from {@code dir}; empty when either file is missing.
     *
     * @throws CailFormatException when a file is empty or {@code law.txt} has a line that is not an article number
     * @throws IOException when a present file cannot be read
     */
    public static Optional<CailLabels> read(Path dir) throws IOException, CailFormatException {
        Path accu = dir.resolve(CHARGES_FILE);
        Path law = dir.resolve(ARTICLES_FILE);
        if (!Files.isRegularFile(accu) || !Files.isRegularFile(law)) {
            return Optional.empty();
        }
        List<String> charges = new ArrayList<>();
        for (String line : Files.readAllLines(accu, StandardCharsets.UTF_8)) {
            String name = chargeKey(line.strip());
            if (!name.isEmpty()) {
                charges.add(name);
            }
        }
        List<String> articles = new ArrayList<>();
        List<String> lines = Files.readAllLines(law, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty()) {
                continue;
            }
            try {
                articles.add(String.valueOf(Integer.parseInt(s)));
            } catch (NumberFormatException e) {
                throw new CailFormatException(law + ": line " + (i + 1) + ": not an article number: '" + s + "'");
            }
        }
        if (charges.isEmpty() || articles.isEmpty()) {
            throw new CailFormatException(
                    dir + ": " + (charges.isEmpty() ? CHARGES_FILE : ARTICLES_FILE) + " holds no labels");
        }
        return Optional.of(new CailLabels(charges, articles));
    }

    /** A charge name as the judger looks it up: without {@code [} and {@code ]}. */
    public static String chargeKey(String name) {
        return name.replace("[", "").replace("]", "");
    }

    /** Short description for reports, e.g. {@code accu.txt/law.txt (202/183)}. */
    public String describe() {
        return CHARGES_FILE + "/" + ARTICLES_FILE + " (" + charges.size() + "/" + articles.size() + ")";
    }
}
