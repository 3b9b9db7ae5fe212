package org.smartcity.traffic.sumo;

import java.util.Arrays;

/**
 * Splits a SUMO list attribute (edge ids of a route, points of a shape, lane ids) at runs of
 * whitespace, with the same result as {@code Pattern.compile("\\s+").split(text)}: an empty leading
 * item when the text starts with whitespace, no trailing empty items, the text itself when it holds
 * no whitespace. A plain character scan, since route and shape lists are read for every vehicle and
 * lane and the regex engine was a visible share of reading a scenario.
 */
final class WhitespaceList {

    private WhitespaceList() {}

    static String[] split(String text) {
        int n = text.length();
        String[] items = new String[8];
        int count = 0;
        int start = 0;
        int i = 0;
        boolean matched = false;
        while (i < n) {
            if (!isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            matched = true;
            if (count == items.length) {
                items = Arrays.copyOf(items, count * 2);
            }
            items[count++] = text.substring(start, i);
            while (i < n && isWhitespace(text.charAt(i))) {
                i++;
            }
            start = i;
        }
        if (!matched) {
            return new String[] {text};
        }
        if (count == items.length) {
            items = Arrays.copyOf(items, count + 1);
        }
        items[count++] = text.substring(start);
        while (count > 0 && items[count - 1].isEmpty()) {
            count--;
        }
        return Arrays.copyOf(items, count);
    }

    /** The characters of the regex class {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
