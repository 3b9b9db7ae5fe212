package org.smartcity.court.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code label：value} pair printed on a line. A line may hold several ({@code 侦查员：林巧玲、郑凯 工作单位：…}); a label
 * starts the line or follows a space, begins with a Chinese character, and ends at a colon of either width.
 *
 * @param label the label, compact (folded, no spaces)
 * @param value the value, folded and trimmed (may be empty: a blank line to fill in)
 * @param line the line it was printed on
 */
public record Field(String label, String value, IntakeLine line) {
    private static final Pattern LABEL =
            Pattern.compile("(?:^|(?<=\\s))(\\p{IsHan}[\\p{IsHan}A-Za-z()/、]{0,18}?)\\s?:");

    /** The fields of a line, in order; empty when the line does not start with a label. */
    public static List<Field> split(IntakeLine line) {
        String s = line.folded();
        Matcher m = LABEL.matcher(s);
        List<int[]> at = new ArrayList<>();
        while (m.find()) {
            at.add(new int[] {m.start(1), m.end(1), m.end()});
        }
        List<Field> out = new ArrayList<>();
        if (at.isEmpty() || at.get(0)[0] != 0) {
            return out;
        }
        for (int i = 0; i < at.size(); i++) {
            int end = i + 1 < at.size() ? at.get(i + 1)[0] : s.length();
            String label = s.substring(at.get(i)[0], at.get(i)[1]).replace(" ", "");
            out.add(new Field(label, s.substring(at.get(i)[2], end).trim(), line));
        }
        return out;
    }

    /** The first field of a line, or null. */
    public static Field first(IntakeLine line) {
        List<Field> f = split(line);
        return f.isEmpty() ? null : f.get(0);
    }

    /** Page the field was printed on. */
    public int page() {
        return line.page();
    }

    /** Confidence of the line it was read from. */
    public double confidence() {
        return line.confidence();
    }
}
