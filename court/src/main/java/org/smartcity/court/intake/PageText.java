package org.smartcity.court.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one page, whatever it came from (a PDF's text layer, OCR of a scan or image, a Word document, a text
 * file).
 *
 * @param page 1-based page number within the case file (all its documents, in order)
 * @param lines the page's lines, top to bottom; each line carries {@code page}
 * @param ocr true when the text came from OCR rather than a text layer
 * @param seconds time spent reading the page (rendering and OCR included)
 * @param file name of the document the page belongs to (relative to the folder taken in), never null
 * @param filePage 1-based page number within that document
 */
public record PageText(int page, List<IntakeLine> lines, boolean ocr, double seconds, String file, int filePage) {
    public PageText {
        lines = List.copyOf(lines);
        file = file == null ? "" : file;
    }

    /** A page of a single document whose page number in the case file is its page number in the document. */
    public PageText(int page, List<IntakeLine> lines, boolean ocr, double seconds) {
        this(page, lines, ocr, seconds, "", page);
    }

    /** Mean line confidence, 1 for an empty page. */
    public double confidence() {
        return lines.stream().mapToDouble(IntakeLine::confidence).average().orElse(1.0);
    }

    /** This page as page {@code casePage} of the case file, from document {@code documentName}. */
    public PageText numbered(int casePage, String documentName) {
        List<IntakeLine> moved = new ArrayList<>(lines.size());
        for (IntakeLine l : lines) {
            moved.add(new IntakeLine(l.text(), l.folded(), casePage, l.confidence()));
        }
        return new PageText(casePage, moved, ocr, seconds, documentName, filePage);
    }

    /** Where the page is, for messages: {@code file, page n} (the file's own page). */
    public String where() {
        return file.isEmpty() ? "page " + page : file + ", page " + filePage;
    }
}
