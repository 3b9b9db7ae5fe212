package org.smartcity.court.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a document's body back together: a line that fills the page's width was wrapped by the layout and continues
 * on the next line; a shorter line ends its paragraph, and so does any line followed by a {@code label：} line (a
 * question, an answer, a field).
 */
public final class BodyText {
    private BodyText() {}

    /** Display width of a line: Chinese and full-width characters count 2, others 1. */
    public static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    /** The width of a full line among these: the 90th percentile of the lines' widths. */
    public static double fullWidth(List<IntakeLine> lines) {
        List<Double> ws = new ArrayList<>();
        lines.forEach(l -> ws.add(width(l.text())));
        if (ws.isEmpty()) {
            return Double.MAX_VALUE;
        }
        ws.sort(null);
        return ws.get(Math.min(ws.size() - 1, (int) Math.floor(ws.size() * 0.9)));
    }

    /** The lines as paragraphs separated by newlines. */
    public static String join(List<IntakeLine> lines, double fullWidth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            b.append(t);
            if (i + 1 == lines.size()) {
                break;
            }
            boolean wrapped = width(t) >= 0.88 * fullWidth;
            boolean nextIsField = Field.first(lines.get(i + 1)) != null;
            if (!wrapped || nextIsField) {
                b.append('\n');
            } else if (endsLatin(t) && startsLatin(lines.get(i + 1).text())) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static boolean endsLatin(String s) {
        return !s.isEmpty() && Character.isLetter(s.charAt(s.length() - 1)) && s.charAt(s.length() - 1) < 0x2E80;
    }

    private static boolean startsLatin(String s) {
        String t = s.strip();
        return !t.isEmpty() && Character.isLetterOrDigit(t.charAt(0)) && t.charAt(0) < 0x2E80;
    }
}
