package org.smartcity.court.intake;

import java.util.List;

/**
 * The text of one page.
 *
 * @param page 1-based physical page number
 * @param lines the page's lines, top to bottom
 * @param ocr true when the text came from OCR rather than the PDF's text layer
 * @param seconds time spent reading the page (rendering and OCR included)
 */
public record PageText(int page, List<IntakeLine> lines, boolean ocr, double seconds) {
    public PageText {
        lines = List.copyOf(lines);
    }

    /** Mean line confidence, 1 for an empty page. */
    public double confidence() {
        return lines.stream().mapToDouble(IntakeLine::confidence).average().orElse(1.0);
    }
}
