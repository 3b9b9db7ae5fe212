package org.smartcity.court.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds birth dates ({@code 1994年2月18日出生}, {@code 出生日期：1994年02月18日}, {@code 出生日期：1994-02-18}) and
 * 18-digit resident ID numbers in text. Stateless and thread-safe.
 */
public final class IdentityExtractor {
    private static final Pattern BORN_AFTER =
            Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:出生|生)");
    private static final Pattern BORN_BEFORE = Pattern.compile(
            "(?:出生日期|出生年月日|出生时间|生日)\\s*[:：为是]?\\s*(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9]\\d{16}[0-9Xx](?![0-9A-Za-z])");

    private IdentityExtractor() {}

    /**
     * A value found in text.
     *
     * @param value the date (ISO) or the ID number (upper case X)
     * @param start offset in the text
     */
    public record Found(String value, int start) {}

    /** Birth dates as ISO dates ({@code 1994-02-18}), in text order. */
    public static List<Found> birthDates(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (Pattern p : new Pattern[] {BORN_AFTER, BORN_BEFORE}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                try {
                    LocalDate d = LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    out.add(new Found(d.toString(), m.start()));
                } catch (DateTimeException | NumberFormatException e) {
                    // not a date: skip
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** 18-digit resident ID numbers, upper-cased, in text order. */
    public static List<Found> idNumbers(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = ID_NUMBER.matcher(text);
        while (m.find()) {
            out.add(new Found(m.group().toUpperCase(java.util.Locale.ROOT), m.start()));
        }
        return out;
    }
}
