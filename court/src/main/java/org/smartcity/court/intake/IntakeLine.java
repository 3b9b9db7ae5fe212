package org.smartcity.court.intake;

/**
 * One line of text as read from a page.
 *
 * @param text the line as read (original widths), never null
 * @param folded {@link WidthFolding#fold} of the text, used for label matching
 * @param page 1-based physical page of the source
 * @param confidence 0..1: 1 for a text layer, the OCR engine's mean word confidence for a scan
 */
public record IntakeLine(String text, String folded, int page, double confidence) {
    /** A line whose folded form is computed from {@code text}. */
    public static IntakeLine of(String text, int page, double confidence) {
        return new IntakeLine(text, WidthFolding.fold(text), page, confidence);
    }
}
