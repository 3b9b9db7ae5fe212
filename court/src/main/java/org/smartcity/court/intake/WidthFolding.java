package org.smartcity.court.intake;

/**
 * Folds full-width ASCII forms (Ａ, １, ：, （ …) and the ideographic space to their half-width forms, maps a few
 * other colon and dash variants, and collapses runs of white space, so that labels match however a form was typed.
 */
public final class WidthFolding {
    private WidthFolding() {}

    /** The folded text; the same length or shorter, never null for a non-null input. */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0' || c == '\t') {
                c = ' ';
            } else if (c == '\uFE55' || c == '\u2236') {
                c = ':';
            } else if (c == '\u3014' || c == '\u3010') {
                c = '[';
            } else if (c == '\u3015' || c == '\u3011') {
                c = ']';
            }
            if (c == ' ') {
                if (!space && b.length() > 0) {
                    b.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            b.append(c);
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        return b.toString();
    }

    /** The folded text without any spaces (for comparing labels). */
    public static String compact(String s) {
        return fold(s).replace(" ", "");
    }
}
