package org.smartcity.court.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and times of day in Chinese text, resolving relative words against the date of the record.
 *
 * <p>Understands {@code 2024年3月9日晚9时许}, {@code 3月9日}, {@code 二〇二四年三月九日}, {@code 今天下午2点左右},
 * {@code 昨晚}, {@code 次日凌晨1点} (the day after the last date mentioned), {@code 10号凌晨四点} (a day of the last date's
 * month, only before a part of day or an hour), {@code 当晚}, {@code 9点半}, {@code 21:30},
 * {@code 晚上8点多}, {@code 今儿晚上八点来钟}, a time told across two clauses of one sentence ({@code 14号后半夜，两点来钟}). A time with no date takes the last date mentioned before it, or none. An hour of 1–12 with no
 * part-of-day word is marked ambiguous (it may mean 12 hours later). A month and day without a year take the
 * record's year, or the year before when that would put the date after the record. Hours written in Chinese
 * numerals need a date, a part of day or a {@code 分}/{@code 半}/{@code 许} to count (so that {@code 一时冲动} is not a
 * time). Stateless and thread-safe.
 */
public final class DateTimeExtractor {
    private static final String CN_SMALL = "[零〇○一二两三四五六七八九十]";
    private static final String POD = "后半夜|下半夜|前半夜|上半夜|凌晨|早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|晚间|夜里|夜间|深夜|半夜|午夜";
    private static final Pattern MENTION = Pattern.compile("(?:(?<date>(?:(?<y>\\d{4}|[〇零○一二三四五六七八九]{4})\\s*年\\s*)?"
            + "(?<mo>\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月\\s*(?<d>\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*[日号])"
            + "|(?<dayOnly>\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*[日号]"
            + "(?=后半夜|下半夜|前半夜|上半夜|凌晨|早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|晚间|夜里|夜间|深夜|半夜|午夜|\\d{1,2}\\s*[点时:：]|" + CN_SMALL
            + "{1,3}[点时])"
            + "|(?<rel>今天|今日|今晚|今早|今晨|今夜|今儿|当天|当日|当晚|当夜|昨天|昨日|昨晚|昨夜|昨儿|前天|前日|前儿|次日|第二天|翌日|隔天|明天|明儿))?"
            + "(?<pod>后半夜|下半夜|前半夜|上半夜|凌晨|早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|晚间|夜里|夜间|深夜|半夜|午夜|晚|早|夜)?"
            + "(?:(?<h>\\d{1,2}|" + CN_SMALL + "{1,3})\\s*(?:(?<colon>[:：])(?<mc>\\d{2})|(?<unit>[点时])钟?"
            + "(?:(?<mi>\\d{1,2}|" + CN_SMALL + "{1,3})分|(?<mi2>[0-5]\\d)(?![0-9０-９分秒万千百十元块克个次人岁米斤号楼])"
            + "|(?<mi3>[二三四五]?十[一二三四五六七八九]?)(?![0-9０-９分秒万千百元块克个次人岁米斤号楼一二三四五六七八九十])"
            + "|(?<half>半)|(?<q1>一刻)|(?<q3>三刻))?)"
            + "(?<approx>许|左右|多|前后|来钟)?)?");

    /** Parts of day that lie before midnight. */
    private static final java.util.Set<String> EVENING = java.util.Set.of("傍晚", "晚上", "晚间", "晚", "前半夜", "上半夜");

    private DateTimeExtractor() {}

    /**
     * All mentions in text order.
     *
     * @param text the text; null is treated as empty
     * @param recordDate the date the record was made, for {@code 今天}, {@code 昨天} and years; may be null
     */
    public static List<TimeMention> extract(String text, LocalDate recordDate) {
        return extract(text, recordDate, s -> true);
    }

    /**
     * Like {@link #extract(String, LocalDate)} for a record made at {@code recordStart} (may be null): a record made
     * after midnight and before 5 a.m. takes {@code 今晚}/{@code 今夜} as the evening just past.
     */
    public static List<TimeMention> extract(String text, java.time.LocalDateTime recordStart) {
        if (recordStart == null) {
            return extract(text, (LocalDate) null);
        }
        boolean small = recordStart.getHour() < 5;
        return extract(text, recordStart.toLocalDate(), s -> true, small);
    }

    /**
     * Like {@link #extract(String, LocalDate)}, but a mention is returned only when {@code keep} accepts the clause
     * (the text between Chinese punctuation marks) it stands in. Dates in rejected clauses still serve as context
     * for later {@code 当天}/{@code 次日}, unless the clause is about a birth date.
     */
    public static List<TimeMention> extract(String text, LocalDate recordDate, Predicate<String> keep) {
        return extract(text, recordDate, keep, false);
    }

    private static List<TimeMention> extract(
            String text, LocalDate recordDate, Predicate<String> keep, boolean smallHours) {
        return extract(text, recordDate, keep, smallHours, null, null);
    }

    /**
     * Like {@link #extract(String, java.time.LocalDateTime)}, with the day the text is about ({@code context}, e.g.
     * the offence's first day; may be null): a day of the month with no month ({@code 14号后半夜}) before any full date
     * of the text is that day of the month nearest to {@code context}.
     */
    public static List<TimeMention> extract(String text, java.time.LocalDateTime recordStart, LocalDate context) {
        return extract(text, recordStart, context, context);
    }

    /**
     * Like {@link #extract(String, java.time.LocalDateTime, LocalDate)}, with the days the text is about as a span
     * ({@code contextFrom} to {@code contextTo}, e.g. an offence repeated from the 5th to the 24th; either may be
     * null): a day of the month with no month is the one inside the span, else the one nearest to it; never one after
     * the day the record was made (a record tells what has happened).
     */
    public static List<TimeMention> extract(
            String text, java.time.LocalDateTime recordStart, LocalDate contextFrom, LocalDate contextTo) {
        LocalDate from = contextFrom != null ? contextFrom : contextTo;
        LocalDate to = contextTo != null && from != null && !contextTo.isBefore(from) ? contextTo : from;
        if (recordStart == null) {
            return extract(text, null, s -> true, false, from, to);
        }
        return extract(text, recordStart.toLocalDate(), s -> true, recordStart.getHour() < 5, from, to);
    }

    /** A machine record's date with its time after a space or {@code T}: {@code 2024-06-01 21:05}, {@code 2024/6/1T…}. */
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<![0-9])(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})[ T\u3000](?=\\d{1,2}[:：]\\d{2})");

    /**
     * Rewrites the timestamps of machine records (bank and payment ledgers, chat logs, camera overlays) into the
     * Chinese date form the grammar reads, character for character ({@code 2024-06-01 21:05} becomes
     * {@code 2024年06月01日21:05}), so that offsets into the text stay valid. Only a date followed by a clock time is
     * rewritten: a bare {@code 2024-06-01} may be a document number.
     */
    static String numericDates(String c) {
        Matcher m = NUMERIC_DATE.matcher(c);
        if (!m.find()) {
            return c;
        }
        StringBuilder b = new StringBuilder(c);
        do {
            b.setCharAt(m.start(2), '年');
            b.setCharAt(m.end(3), '月');
            b.setCharAt(m.end(4), '日');
        } while (m.find());
        return b.toString();
    }

    /** A clause ending in a day or a part of day with no hour: its hour may be in the next clause. */
    private static final Pattern OPEN_TAIL = Pattern.compile("(?:[日号]|" + POD + ")\\s*$");
    /** A clause starting with an hour (after an optional part of day); a Chinese hour needs a time word after it. */
    private static final Pattern HOUR_HEAD = Pattern.compile("^\\s*(?:" + POD + ")?(?:\\d{1,2}\\s*[点时:：]|" + CN_SMALL
            + "{1,3}\\s*[点时]" + "(?:钟|来钟|半|多|许|左右|前后|吧|" + CN_SMALL + "{1,3}分|\\s*$))");

    private static List<TimeMention> extract(
            String text,
            LocalDate recordDate,
            Predicate<String> keep,
            boolean smallHours,
            LocalDate context,
            LocalDate contextEnd) {
        List<TimeMention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        LocalDate last = null;
        List<Clauses.Clause> clauses = Clauses.split(text);
        for (int i = 0; i < clauses.size(); i++) {
            Clauses.Clause clause = clauses.get(i);
            // full-width digits (２０２４年６月１日) read as ASCII, a record's timestamp (2024-06-01 21:05) as a Chinese
            // date; the offsets stay the same
            String c = numericDates(ChineseNumber.normaliseDigits(clause.text()));
            // one time told across the clauses of one answer (14号后半夜，两点来钟吧): read the two as one
            Clauses.Clause next = null;
            if (i + 1 < clauses.size()
                    && OPEN_TAIL.matcher(c).find()
                    && HOUR_HEAD
                            .matcher(ChineseNumber.normaliseDigits(
                                    clauses.get(i + 1).text()))
                            .find()
                    && sameSentence(text, clause, clauses.get(i + 1))) {
                next = clauses.get(i + 1);
                c = c + ChineseNumber.normaliseDigits(next.text());
                i++;
            }
            boolean birth = c.contains("出生") || c.contains("生日") || c.contains("身份证");
            boolean wanted = !birth && keep.test(c);
            Matcher m = MENTION.matcher(c);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                Optional<Parsed> p = parse(m, recordDate, last, context, contextEnd, smallHours);
                if (p.isEmpty()) {
                    continue;
                }
                Parsed parsed = p.get();
                if (!birth && parsed.date != null) {
                    last = parsed.date;
                }
                if (wanted && (parsed.date != null || parsed.minute != null)) {
                    int len = clause.text().length();
                    out.add(new TimeMention(
                            parsed.date,
                            parsed.minute,
                            parsed.ambiguous,
                            offset(clause, next, len, m.start()),
                            offset(clause, next, len, m.end())));
                }
            }
        }
        return out;
    }

    /** The offset in the whole text of position {@code at} of a clause, possibly joined with the next one. */
    private static int offset(Clauses.Clause clause, Clauses.Clause next, int len, int at) {
        return next == null || at <= len ? clause.start() + at : next.start() + at - len;
    }

    /** Whether only a comma-like mark separates two clauses (no sentence end, no new question or answer). */
    private static boolean sameSentence(String text, Clauses.Clause a, Clauses.Clause b) {
        int from = a.start() + a.text().length();
        if (from > b.start() || b.start() > text.length()) {
            return false;
        }
        String between = text.substring(from, b.start());
        return between.matches("\\s*[，,、]\\s*");
    }

    private record Parsed(LocalDate date, Integer minute, boolean ambiguous) {}

    private static Optional<Parsed> parse(
            Matcher m,
            LocalDate recordDate,
            LocalDate last,
            LocalDate context,
            LocalDate contextEnd,
            boolean smallHours) {
        boolean hasDate = m.group("date") != null;
        String rel = m.group("rel");
        if (m.group("dayOnly") != null) {
            // 10号凌晨四点: a day of the month of the date mentioned last (the next month when it has passed)
            // before any date of the text, the month of the day the text is about
            Optional<Integer> day = number(m.group("dayOnly"));
            if ((last == null && context == null) || day.isEmpty() || day.get() < 1 || day.get() > 31) {
                return Optional.empty();
            }
            LocalDate month = last == null
                    ? nearestMonth(context, contextEnd, recordDate, day.get())
                    : day.get() < last.getDayOfMonth() ? last.plusMonths(1) : last;
            if (month == null || day.get() > month.lengthOfMonth()) {
                return Optional.empty();
            }
            last = month.withDayOfMonth(day.get());
            hasDate = true;
        }
        String pod = m.group("pod");
        String h = m.group("h");
        if (!hasDate && rel == null && h == null) {
            return Optional.empty();
        }
        if (h != null && !Character.isDigit(h.charAt(0))) {
            boolean anchored = hasDate
                    || rel != null
                    || pod != null
                    || m.group("mi") != null
                    || m.group("half") != null
                    || m.group("approx") != null;
            if (!anchored) {
                return Optional.empty();
            }
        }
        LocalDate date = null;
        if (m.group("dayOnly") != null) {
            date = last;
        } else if (hasDate) {
            date = explicitDate(m, recordDate);
            if (date == null) {
                return Optional.empty();
            }
        } else if (rel != null) {
            date = relativeDate(rel, recordDate, last);
            // a record made in the small hours: 今晚 and 今天晚上 are the evening just past
            if (smallHours
                    && date != null
                    && (rel.equals("今晚")
                            || rel.equals("今夜")
                            || (rel.equals("今天") || rel.equals("今日")) && EVENING.contains(String.valueOf(pod)))) {
                date = date.minusDays(1);
            }
            if (pod == null && (rel.endsWith("晚") || rel.endsWith("夜"))) {
                pod = "晚";
            }
        } else {
            date = last;
        }
        Integer minute = null;
        boolean ambiguous = false;
        if (h != null) {
            Optional<Integer> hour = hour(h);
            if (hour.isEmpty() || hour.get() > 24) {
                return hasDate || rel != null ? Optional.of(new Parsed(date, null, false)) : Optional.empty();
            }
            int hh = hour.get();
            int mm = 0;
            if (m.group("mc") != null) {
                mm = Integer.parseInt(m.group("mc"));
            } else if (m.group("mi") != null) {
                mm = number(m.group("mi")).orElse(0);
            } else if (m.group("mi3") != null) {
                // 十一点四十左右: minutes in Chinese numerals without 分 (always written with 十)
                mm = number(m.group("mi3")).orElse(0);
            } else if (m.group("mi2") != null) {
                mm = Integer.parseInt(m.group("mi2"));
            } else if (m.group("half") != null) {
                mm = 30;
            } else if (m.group("q1") != null) {
                mm = 15;
            } else if (m.group("q3") != null) {
                mm = 45;
            }
            if (mm > 59) {
                return Optional.empty();
            }
            if (pod == null) {
                ambiguous = hh >= 1 && hh <= 12 && m.group("colon") == null;
                if (hh == 24) {
                    hh = 0;
                    date = date == null ? null : date.plusDays(1);
                }
            } else {
                int[] adjusted = applyPartOfDay(pod, hh);
                hh = adjusted[0];
                if (adjusted[1] == 1 && date != null) {
                    date = date.plusDays(1);
                }
            }
            minute = hh * 60 + mm;
        }
        return Optional.of(new Parsed(date, minute, ambiguous));
    }

    /**
     * The day {@code day} of the month before, of or after {@code from}'s, or of any month up to {@code to}'s, that lies
     * nearest to the span {@code from}–{@code to} (inside it when one does), never after {@code recordDate} (may be
     * null); null when there is none.
     */
    private static LocalDate nearestMonth(LocalDate from, LocalDate to, LocalDate recordDate, int day) {
        LocalDate best = null;
        long bestGap = Long.MAX_VALUE;
        LocalDate last = to.plusMonths(1).withDayOfMonth(1);
        for (LocalDate month = from.minusMonths(1).withDayOfMonth(1);
                !month.isAfter(last);
                month = month.plusMonths(1)) {
            if (day > month.lengthOfMonth()) {
                continue;
            }
            LocalDate d = month.withDayOfMonth(day);
            if (recordDate != null && d.isAfter(recordDate)) {
                continue;
            }
            long gap = d.isBefore(from)
                    ? from.toEpochDay() - d.toEpochDay()
                    : d.isAfter(to) ? d.toEpochDay() - to.toEpochDay() : 0;
            if (gap < bestGap) {
                bestGap = gap;
                best = d;
            }
        }
        return best;
    }

    /** {hour 0–23, 1 when the time falls on the next day}. */
    private static int[] applyPartOfDay(String pod, int h) {
        switch (pod) {
            case "凌晨", "早上", "早晨", "清晨", "上午", "早":
                return new int[] {h == 12 && pod.equals("凌晨") ? 0 : h % 24, 0};
            case "中午":
                return new int[] {h <= 3 ? h + 12 : h, 0};
            case "后半夜", "下半夜":
                // the small hours after the night of the day named: 14号后半夜两点 is the 15th, 2:00
                if (h == 12 || h == 24) {
                    return new int[] {0, 1};
                }
                return h < 6 ? new int[] {h, 1} : new int[] {h >= 6 && h < 12 ? h + 12 : h, 0};
            case "午后", "下午", "傍晚":
                return new int[] {h < 12 ? h + 12 : h % 24, 0};
            case "晚上", "晚间", "晚", "前半夜", "上半夜":
                if (h == 12 || h == 24) {
                    return new int[] {0, 1};
                }
                return new int[] {h >= 5 && h < 12 ? h + 12 : h, 0};
            default: // 夜里, 夜间, 深夜, 半夜, 午夜, 夜
                if (h == 12 || h == 24) {
                    return new int[] {0, 1};
                }
                return new int[] {h >= 6 && h < 12 ? h + 12 : h, 0};
        }
    }

    private static LocalDate explicitDate(Matcher m, LocalDate recordDate) {
        Optional<Integer> mo = number(m.group("mo"));
        Optional<Integer> d = number(m.group("d"));
        if (mo.isEmpty() || d.isEmpty()) {
            return null;
        }
        String y = m.group("y");
        try {
            if (y != null) {
                Optional<Integer> year = number(y);
                return year.map(v -> LocalDate.of(v, mo.get(), d.get())).orElse(null);
            }
            if (recordDate == null) {
                return null;
            }
            LocalDate guess = LocalDate.of(recordDate.getYear(), mo.get(), d.get());
            return guess.isAfter(recordDate.plusDays(1)) ? guess.minusYears(1) : guess;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate relativeDate(String rel, LocalDate recordDate, LocalDate last) {
        switch (rel) {
            case "今天", "今日", "今晚", "今早", "今晨", "今夜", "今儿":
                return recordDate;
            case "昨天", "昨日", "昨晚", "昨夜", "昨儿":
                return recordDate == null ? null : recordDate.minusDays(1);
            case "前天", "前日", "前儿":
                return recordDate == null ? null : recordDate.minusDays(2);
            case "明天", "明儿":
                return recordDate == null ? null : recordDate.plusDays(1);
            case "当天", "当日", "当晚", "当夜":
                return last;
            default: // 次日, 第二天, 翌日, 隔天
                return last == null ? null : last.plusDays(1);
        }
    }

    /**
     * The hour of a numeral; an approximate hour of two neighbouring digits ({@code 两三点}, {@code 七八点}) is its
     * earlier one: the two readings lie an hour apart, well within the two hours the specification allows.
     */
    private static Optional<Integer> hour(String h) {
        Optional<java.math.BigDecimal[]> range = ChineseNumber.neighbourRange(h);
        if (range.isPresent()) {
            return Optional.of(range.get()[0].intValue());
        }
        return number(h);
    }

    private static Optional<Integer> number(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return ChineseNumber.parse(s).map(v -> v.intValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }
}
