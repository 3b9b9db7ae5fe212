package org.smartcity.court.intake;

import java.util.ArrayList;
import java.util.List;

/** Lines of a text-layer page: non-blank lines, stripped, at confidence 1. */
final class TextLines {
    private TextLines() {}

    static List<IntakeLine> of(String text, int page) {
        List<IntakeLine> lines = new ArrayList<>();
        for (String l : text.split("\\R")) {
            if (!l.isBlank()) {
                lines.add(IntakeLine.of(l.strip(), page, 1.0));
            }
        }
        return lines;
    }
}
