package org.smartcity.court.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 卷内目录: one row per evidence item — its id (序号, e.g. {@code E4}), title and page or page range. A title
 * that wraps onto the next line is joined; header rows and other lines are skipped.
 */
public final class CatalogueReader {
    /**
     * One row.
     *
     * @param id evidence id as printed, upper case
     * @param title the title as printed
     * @param firstPage first page (printed numbering), 0 when the row has none
     * @param line the row's line (for provenance)
     */
    public record Entry(String id, String title, int firstPage, IntakeLine line) {}

    private static final Pattern ROW = Pattern.compile(
            "^([A-Za-z]{1,3}\\s?\\d{1,4})(?:[\\s.、:|]+|(?=\\p{IsHan}))(.+?)(?:\\s*\\.{2,}\\s*|\\s+|(?<=[\\p{IsHan})）]))(\\d{1,4})(?:\\s*[-~—至]\\s*(\\d{1,4}))?$");
    private static final Pattern ROW_NO_PAGE =
            Pattern.compile("^([A-Za-z]{1,3}\\s?\\d{1,4})(?:[\\s.、:|]+|(?=\\p{IsHan}))(.+)$");

    /** The rows, in order; empty when the lines hold none. */
    public List<Entry> read(List<IntakeLine> lines) {
        List<Entry> out = new ArrayList<>();
        for (IntakeLine l : lines) {
            String s = l.confidence() < 1.0 ? OcrRepair.evidenceIdAtStart(l.folded()) : l.folded();
            Matcher m = ROW.matcher(s);
            if (m.matches()) {
                out.add(new Entry(id(m.group(1)), title(l, m.group(2)), Integer.parseInt(m.group(3)), l));
                continue;
            }
            Matcher n = ROW_NO_PAGE.matcher(s);
            if (n.matches()) {
                out.add(new Entry(id(n.group(1)), title(l, n.group(2)), 0, l));
            }
        }
        return out;
    }

    private static String id(String s) {
        return s.replace(" ", "").toUpperCase();
    }

    /** The title in the line's original widths when it can be found there, else folded. */
    private static String title(IntakeLine line, String folded) {
        String t = folded.trim();
        String raw = line.text();
        int at = WidthFolding.fold(raw).indexOf(t);
        if (at >= 0 && WidthFolding.fold(raw).length() == raw.length()) {
            return raw.substring(at, at + t.length());
        }
        return t;
    }
}
