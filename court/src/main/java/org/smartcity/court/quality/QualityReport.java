package org.smartcity.court.quality;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The review's quality over a corpus: each file's outcome, and from them precision, recall and F1 per finding
 * kind and overall, and the clean files that got findings. Immutable.
 */
public final class QualityReport {
    private final List<FileOutcome> files;

    public QualityReport(List<FileOutcome> files) {
        this.files = List.copyOf(files);
    }

    /** Every scored file, in the order scored. */
    public List<FileOutcome> files() {
        return files;
    }

    /** Scores per finding kind code (every kind expected or raised anywhere), sorted by kind. */
    public Map<String, KindScore> byKind() {
        Map<String, KindScore> out = new TreeMap<>();
        for (FileOutcome f : files) {
            add(out, f.matched(), k -> new KindScore(1, 0, 0));
            add(out, f.falsePositives(), k -> new KindScore(0, 1, 0));
            add(out, f.misses(), k -> new KindScore(0, 0, 1));
        }
        return out;
    }

    private static void add(
            Map<String, KindScore> out, Iterable<FindingKey> keys, Function<FindingKey, KindScore> one) {
        for (FindingKey k : keys) {
            out.merge(k.kind(), one.apply(k), KindScore::plus);
        }
    }

    /** All kinds together. */
    public KindScore overall() {
        return byKind().values().stream().reduce(KindScore.NONE, KindScore::plus);
    }

    /** Files the corpus expects no finding for. */
    public List<FileOutcome> cleanFiles() {
        return files.stream().filter(FileOutcome::isClean).toList();
    }

    /** Clean files on which the review raised findings. */
    public List<FileOutcome> cleanFilesWithFindings() {
        return files.stream().filter(f -> f.isClean() && !f.raised().isEmpty()).toList();
    }

    /** Files whose findings differ from the expected ones. */
    public List<FileOutcome> differences() {
        return files.stream().filter(f -> !f.isExact()).toList();
    }

    /**
     * One line per file that differs: {@code FILE: false positives […]; misses […]}, for failure messages and the
     * command line.
     */
    public List<String> differenceLines() {
        return differences().stream()
                .map(f -> f.file() + ": false positives " + f.falsePositives() + "; misses " + f.misses())
                .toList();
    }
}
