package org.smartcity.court.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a word a place name, as data: the suffixes of administrative levels and roads
 * ({@code places/suffixes.txt}) and the words that end in such a suffix but name no place
 * ({@code places/not-places.txt}). Loaded once from the class path; immutable and thread-safe.
 */
final class PlaceNames {
    /** The levels of a place name; cities and provinces only end the names of lower levels. */
    enum Level {
        PROVINCE,
        CITY,
        DISTRICT,
        SUBDISTRICT,
        ROAD
    }

    /**
     * A suffix and its level.
     *
     * @param level the level it marks
     * @param text the suffix, e.g. {@code 街道}
     */
    record Suffix(Level level, String text) {}

    private static final PlaceNames INSTANCE = load();

    private final List<Suffix> suffixes;
    private final Set<String> notPlaces;
    private final List<String> notPlaceEndings;

    private final Set<String> boundaries;

    private PlaceNames(
            List<Suffix> suffixes, Set<String> notPlaces, List<String> notPlaceEndings, Set<String> boundaries) {
        this.boundaries = Set.copyOf(boundaries);
        this.suffixes = List.copyOf(suffixes);
        this.notPlaces = Set.copyOf(notPlaces);
        this.notPlaceEndings = List.copyOf(notPlaceEndings);
    }

    static PlaceNames get() {
        return INSTANCE;
    }

    /** The longest suffix that {@code word} ends with, if any. */
    Optional<Suffix> suffixOf(String word) {
        for (Suffix s : suffixes) {
            if (word.endsWith(s.text())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** True when the word always ends a name read backwards (a preposition such as 在, 到, 从). */
    boolean isBoundary(String word) {
        return boundaries.contains(word);
    }

    /** True when the text contains a district, sub-district or road suffix anywhere. */
    boolean containsComparedSuffix(String text) {
        for (Suffix s : suffixes) {
            if (s.level().compareTo(Level.DISTRICT) >= 0 && text.contains(s.text())) {
                return true;
            }
        }
        return false;
    }

    /** True when a word ending in a place suffix is a generic word, not a name. */
    /**
     * Like {@link #isNotPlace}, for a name the segmenter knows as one place word ({@code 江北区/ns}, {@code 渝中区/ns}):
     * only an exactly listed name counts, not a listed ending ({@code *北区} is a section of a compound, 江北区 a
     * district).
     */
    boolean isNotPlaceWord(String name) {
        return notPlaces.contains(name);
    }

    boolean isNotPlace(String name) {
        if (notPlaces.contains(name)) {
            return true;
        }
        for (String ending : notPlaceEndings) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a road name built from several words ends in a non-place word longer than its suffix
     * ({@code 楼梯原路}, {@code 厨房窗户原路}); {@code 中关村大街} stays a name although {@code 大街} alone is none.
     */
    boolean endsInNotPlace(String name, Suffix suffix) {
        if (suffix.level() != Level.ROAD) {
            return false;
        }
        for (String w : notPlaces) {
            if (w.length() > suffix.text().length() && name.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** The name without its district or sub-district suffix ({@code 浦东新区} → {@code 浦东}); roads unchanged. */
    String stem(String name) {
        for (Suffix s : suffixes) {
            if (s.level() != Level.ROAD
                    && name.endsWith(s.text())
                    && name.length() > s.text().length()) {
                return name.substring(0, name.length() - s.text().length());
            }
        }
        return name;
    }

    private static PlaceNames load() {
        List<Suffix> suffixes = new ArrayList<>();
        Set<String> boundaries = new HashSet<>();
        for (String line : lines("suffixes.txt")) {
            String[] parts = line.split("\\s+");
            if (parts[0].equals("boundary")) {
                boundaries.addAll(List.of(parts).subList(1, parts.length));
                continue;
            }
            if (parts.length != 2) {
                throw new IllegalStateException("places/suffixes.txt: '" + line + "': expected LEVEL SUFFIX");
            }
            suffixes.add(new Suffix(Level.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]));
        }
        suffixes.sort(Comparator.comparingInt((Suffix s) -> s.text().length()).reversed());
        Set<String> words = new HashSet<>();
        List<String> endings = new ArrayList<>();
        for (String line : lines("not-places.txt")) {
            if (line.startsWith("*")) {
                endings.add(line.substring(1));
            } else {
                words.add(line);
            }
        }
        return new PlaceNames(suffixes, words, endings, boundaries);
    }

    /** Non-blank, non-comment lines of a resource under {@code places/}. */
    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = PlaceNames.class.getResourceAsStream("/places/" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource places/" + name + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read places/" + name, e);
        }
        return out;
    }
}
