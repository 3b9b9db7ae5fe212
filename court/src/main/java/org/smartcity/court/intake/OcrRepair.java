package org.smartcity.court.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the OCR confusions that matter for structure: in an evidence id the letters that look like digits
 * ({@code ET} → {@code E1}, {@code EO} → {@code E0}, {@code EZ} → {@code E2} …). Only a prefix letter followed by such
 * look-alikes and digits is touched, so text is never rewritten.
 */
public final class OcrRepair {
    private static final Pattern ID_AT_START =
            Pattern.compile("^([|\\s]*)(E)([0-9TIl|!SOoZzB]{1,3})(?=[\\s\\p{IsHan}:.、]|$)");

    private OcrRepair() {}

    /** The line with the evidence id at its start repaired; the line unchanged when it starts with none. */
    public static String evidenceIdAtStart(String folded) {
        Matcher m = ID_AT_START.matcher(folded);
        if (!m.find()) {
            return folded;
        }
        String digits = digits(m.group(3));
        return m.group(2) + digits + folded.substring(m.end());
    }

    /** Look-alike letters replaced by the digits they resemble. */
    static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(
                    switch (c) {
                        case 'T', 'I', 'l', '|', '!' -> '1';
                        case 'S' -> '5';
                        case 'O', 'o' -> '0';
                        case 'Z', 'z' -> '2';
                        case 'B' -> '8';
                        default -> c;
                    });
        }
        return b.toString();
    }

    /**
     * OCR loses the gaps between fields ({@code 被讯问人:郝建平性别:男}); a space is put back before every known label
     * that is followed by a colon and glued to the text before it. The longest label ending at a colon decides, so
     * {@code 被讯问人:} is not cut into {@code 被 讯问人:}; nor is a label that only the line's first few characters
     * precede: {@code 主办单位:} is one label no vocabulary lists, not {@code 主办} and {@code 单位:}.
     */
    public static String spaceBeforeLabels(String folded, java.util.List<String> labelsLongestFirst) {
        StringBuilder b = new StringBuilder(folded);
        for (int i = b.length() - 1; i > 0; i--) {
            if (b.charAt(i) != ':') {
                continue;
            }
            String before = b.substring(0, i);
            for (String l : labelsLongestFirst) {
                if (before.endsWith(l)) {
                    int at = i - l.length();
                    boolean wordAtLineStart = b.substring(0, at).matches("\\p{IsHan}{1,4}");
                    if (at > 0 && b.charAt(at - 1) != ' ' && !wordAtLineStart) {
                        b.insert(at, ' ');
                    }
                    break;
                }
            }
        }
        return b.toString();
    }
}
