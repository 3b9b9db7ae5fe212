package org.smartcity.court.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date-times a form prints in a header value: {@code 2024年11月5日10时00分}, {@code 2024-11-05 10:00},
 * {@code 2024/11/5 10:00}, {@code 2024.11.05 10时}, {@code 二〇二四年三月九日晚九时许} (see {@link ChineseNumerals}), with
 * 上午/下午/晚 qualifiers, and a span ({@code … 至 …}, whose end
 * may give only the time). Times are China Standard Time (+08:00). A date without a time of day is reported as such
 * and not turned into a moment.
 */
public final class DateTimeReader {
    /** A reading: an ISO-8601 start, the end of a span (or null), and whether both had a time of day. */
    public record Reading(String start, String end, boolean complete) {}

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String TIME =
            "(上午|下午|中午|晚上|傍晚|凌晨|早上|早晨|夜间|夜里|晚)?\\s*(\\d{1,2})\\s*(?:时|点|:)\\s*(?:(\\d{1,2})\\s*分?)?(?:\\s*:?\\s*(\\d{1,2})\\s*秒)?(?:\\s*许)?";
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*[日号]?\\s*(?:T\\s*)?(?:" + TIME + ")?");
    private static final Pattern TIME_ONLY = Pattern.compile("^\\s*" + TIME);
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(至|到|~|～|—+|–|-|起至)\\s*");

    /** The first date-time or span in the folded text, if any. */
    public Optional<Reading> read(String text) {
        String folded = ChineseNumerals.toDigits(text);
        Matcher m = DATE_TIME.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        LocalDateTime start = time(date, m.group(4), m.group(5), m.group(6), m.group(7));
        String rest = folded.substring(m.end());
        Matcher sep = SEPARATOR.matcher(rest);
        LocalDateTime end = null;
        boolean spanned = false;
        if (sep.find()) {
            String after = rest.substring(sep.end());
            Matcher full = DATE_TIME.matcher(after);
            if (full.lookingAt()) {
                spanned = true;
                try {
                    LocalDate d2 = LocalDate.of(
                            Integer.parseInt(full.group(1)),
                            Integer.parseInt(full.group(2)),
                            Integer.parseInt(full.group(3)));
                    end = time(d2, full.group(4), full.group(5), full.group(6), full.group(7));
                } catch (DateTimeException e) {
                    end = null;
                }
            } else {
                Matcher t = TIME_ONLY.matcher(after);
                if (t.lookingAt() && t.group(2) != null) {
                    spanned = true;
                    end = time(date, t.group(1), t.group(2), t.group(3), t.group(4));
                    if (end != null && start != null && end.isBefore(start) && isEvening(t.group(1))) {
                        end = end.plusDays(1);
                    }
                }
            }
        }
        if (start == null) {
            return Optional.of(new Reading(date.toString(), null, false));
        }
        String s = start.atOffset(CHINA).format(ISO);
        if (spanned) {
            return Optional.of(
                    new Reading(s, end == null ? null : end.atOffset(CHINA).format(ISO), end != null));
        }
        return Optional.of(new Reading(s, null, true));
    }

    /** Every date (year, month and day) in the text as ISO dates, in order (for birth dates). */
    public List<LocalDate> dates(String text) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = DATE_TIME.matcher(ChineseNumerals.toDigits(text));
        while (m.find()) {
            try {
                out.add(LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                // not a date: skipped
            }
        }
        return out;
    }

    private static LocalDateTime time(LocalDate date, String part, String h, String min, String sec) {
        if (h == null) {
            return null;
        }
        int hour = Integer.parseInt(h);
        int minute = min == null ? 0 : Integer.parseInt(min);
        int second = sec == null ? 0 : Integer.parseInt(sec);
        if (part != null && hour < 12 && (part.contains("下午") || isEvening(part))) {
            hour += 12;
        }
        if (part != null && part.equals("中午") && hour < 6) {
            hour += 12;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return date.atTime(hour, minute, second);
    }

    private static boolean isEvening(String part) {
        return part != null && (part.startsWith("晚") || part.equals("傍晚") || part.startsWith("夜"));
    }
}
