package org.smartcity.court.extract;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a fact text dates its offence to: the first year-and-month it mentions ({@code 1995年6月26日},
 * {@code 农历1992年5月份}, {@code 一九九三年十月}), skipping clauses about a birth date. A judgment's facts open with
 * the offence, so the first dated mention is taken as its date; a text that opens with an earlier conviction is dated
 * wrongly, which callers must allow for. ({@link DateTimeExtractor} needs a day; offence dates often give only the
 * month.) Stateless and thread-safe.
 */
public final class OffenceDate {
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "(?<y>[12]\\d{3}|[一二][〇零○一二三四五六七八九]{3})\\s*年\\s*(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\\s*月");
    private static final int EARLIEST_YEAR = 1949;
    private static final int LATEST_YEAR = 2100;

    private OffenceDate() {}

    /** The first year and month in {@code text} outside birth-date clauses; empty when none (or null text). */
    public static Optional<YearMonth> first(String text) {
        for (Clauses.Clause clause : Clauses.split(text)) {
            String c = clause.text();
            if (c.contains("出生") || c.contains("生日")) {
                continue;
            }
            Matcher m = YEAR_MONTH.matcher(ChineseNumber.normaliseDigits(c));
            while (m.find()) {
                Optional<YearMonth> ym = yearMonth(m.group("y"), m.group("m"));
                if (ym.isPresent()) {
                    return ym;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<YearMonth> yearMonth(String year, String month) {
        Optional<BigDecimal> y = ChineseNumber.parse(year);
        Optional<BigDecimal> m = ChineseNumber.parse(month);
        if (y.isEmpty() || m.isEmpty()) {
            return Optional.empty();
        }
        int yi = y.get().intValue();
        int mo = m.get().intValue();
        if (yi < EARLIEST_YEAR || yi > LATEST_YEAR || mo < 1 || mo > 12) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(yi, mo));
    }
}
