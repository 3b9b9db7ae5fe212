package org.smartcity.court.intake;

import java.util.List;
import java.util.Optional;

/**
 * Tells a document's kind from its heading: the texts are tried in order (the form's heading, its title, the
 * catalogue's title, the first lines of its body), and in the first text that names a kind the longest matching
 * heading wins ({@code 呼气式酒精检测单} is a breath test even though it also says {@code 酒精}).
 */
public final class KindClassifier {
    /** A classification: the kind rule, and how sure (1 from the heading, less from later texts). */
    public record Kind(Labels.KindRule rule, double confidence) {}

    private final List<Labels.KindRule> rules;

    public KindClassifier(Labels labels) {
        this.rules = labels.kinds();
    }

    /** The kind named by the first text that names one; empty when none does. */
    public Optional<Kind> classify(List<String> texts) {
        double confidence = 1.0;
        for (String t : texts) {
            if (t == null || t.isBlank()) {
                continue;
            }
            String c = WidthFolding.compact(t);
            Labels.KindRule best = null;
            int bestLength = 0;
            for (Labels.KindRule r : rules) {
                for (String h : r.headings()) {
                    if (h.length() > bestLength && c.contains(h)) {
                        best = r;
                        bestLength = h.length();
                    }
                }
            }
            if (best != null) {
                return Optional.of(new Kind(best, confidence));
            }
            confidence = Math.max(0.5, confidence - 0.1);
        }
        return Optional.empty();
    }
}
