package org.smartcity.court.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money (in yuan), weights (in grams) and blood alcohol concentrations (mg/100 ml) in Chinese
 * text.
 *
 * <p>Money: {@code 人民币3,200元}, {@code 3200块}, {@code ¥3200}, {@code 三千二百元}, {@code 3.2万元}, {@code 一万五千元}, the spoken {@code 三万八} at the end of a phrase;
 * vague forms are bounds: {@code 两百多元}/{@code 三千余元} a lower bound, {@code 不到三百元}/{@code 不足}/{@code 不超过} an
 * upper bound, and {@code 两百多元，不到三百} both. Weights: {@code 52.3克}, {@code 1.2千克}, {@code 1公斤}, {@code 一克多};
 * a gross weight ({@code 毛重}) is skipped. Blood alcohol: {@code 136mg/100ml}, {@code 136毫克/100毫升},
 * {@code 每100毫升血液中乙醇含量为136毫克}. Stateless and thread-safe.
 */
public final class QuantityExtractor {
    private static final String NUM =
            "(?<num>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|[零〇○一二两三四五六七八九十百千万亿]+(?:点[零〇○一二三四五六七八九]+)?)";
    /** Words that make the amount an upper bound; 没有一百克 (answering a question) means less than 100 g. */
    private static final String UPPER = "(?<upper>不到|不足|不超过|不满|少于|低于|没有|没到|不够|未达|未满)?";

    /** The lower end of a range: {@code 3000至4000元}, {@code 三千到四千元}. */
    private static final String RANGE_FROM =
            "(?:(?<from>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万]+)(?:元|块)?(?:至|到|~|～|-|－|—){1,2})?";

    /** A numeral with 几 for an unknown digit ({@code 一千零几十}, {@code 几百}, {@code 三千几}): a range. */
    private static final String SOME = "(?<some>[零〇一二两三四五六七八九十百千万]*几[零〇一二两三四五六七八九十百千万]*)";

    private static final Pattern MONEY = Pattern.compile(UPPER
            + "(?:人民币|RMB|rmb)?\\s*(?:(?<sym>[¥￥])\\s*)?"
            + RANGE_FROM
            + "(?:" + SOME + "|" + NUM + ")"
            + "(?<mul>[十百千万]*)(?<vague>多|余)?(?<mul2>[千万]*)\\s*(?<unit>元|块|圆)?");

    private static final Pattern WEIGHT = Pattern.compile(
            UPPER + NUM + "(?<vague1>多|余)?\\s*(?<unit>千克|公斤|kg|KG|Kg|毫克|mg|克|g)(?<vague2>多|余)?(?![A-Za-z/／])");

    private static final Pattern ALCOHOL = Pattern.compile(
            "(?<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*(?:mg|MG|毫克)\\s*[/／每]\\s*(?:100|一百|百)\\s*(?:ml|mL|ML|毫升)"
                    + "|(?:每|/)?(?:100|一百)\\s*(?:ml|mL|毫升)(?:血液)?中?(?:含)?(?:乙醇|酒精)(?:含量)?(?:为|是)?\\s*(?<num2>[0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*(?:mg|毫克)");

    private static final Pattern TRAILING_UPPER =
            Pattern.compile("^[，,、\\s]{0,2}(?:但|但是)?(?:不到|不足|不超过|不满)" + NUM + "(?<mul>[十百千万]*)(?:元|块)?");

    private QuantityExtractor() {}

    /** Amounts of money in yuan, in text order. */
    public static List<Quantity> money(String text) {
        List<Quantity> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        text = ChineseNumber.normaliseFinancial(text);
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            boolean hasUnit = m.group("unit") != null;
            boolean hasSymbol = m.group("sym") != null;
            if (!hasUnit && !hasSymbol && !spokenAmount(m, text)) {
                continue;
            }
            if ("块".equals(m.group("unit")) && countedThing(text, m.end())) {
                continue;
            }
            if (m.group("some") != null) {
                someRange(m).ifPresent(out::add);
                continue;
            }
            String num = m.group("num") + m.group("mul");
            Optional<BigDecimal> v = ChineseNumber.parse(num);
            if (v.isEmpty()) {
                continue;
            }
            BigDecimal value = v.get();
            BigDecimal factor = BigDecimal.ONE;
            String mul2 = m.group("mul2");
            if (mul2 != null && !mul2.isEmpty()) {
                Optional<BigDecimal> f = ChineseNumber.parse("1" + mul2);
                if (f.isEmpty()) {
                    continue;
                }
                factor = f.get();
                value = value.multiply(factor);
            }
            Optional<BigDecimal[]> range = range(m, value, factor);
            if (range.isPresent()) {
                out.add(new Quantity(range.get()[0], range.get()[1], m.start(), m.end()));
            } else if (m.group("upper") != null) {
                out.add(new Quantity(null, value, m.start(), m.end()));
            } else if (m.group("vague") != null) {
                Quantity q = new Quantity(value, null, m.start(), m.end());
                out.add(mergeTrailingUpper(q, text));
            } else {
                out.add(Quantity.exact(value, m.start(), m.end()));
            }
        }
        return out;
    }

    /**
     * {@code 一千零几十块} (1,010–1,090), {@code 几百元} (100–900): 几 read as 一 gives the lower end, as 九 the upper.
     * A numeral without a multiplier ({@code 几块}) or with vague or upper-bound words around it states nothing.
     */
    private static Optional<Quantity> someRange(Matcher m) {
        String num = m.group("some") + m.group("mul");
        if (num.chars().noneMatch(c -> "十百千万".indexOf(c) >= 0)
                || m.group("upper") != null
                || m.group("vague") != null
                || m.group("from") != null
                || (m.group("mul2") != null && !m.group("mul2").isEmpty())) {
            return Optional.empty();
        }
        Optional<BigDecimal> low = ChineseNumber.parse(num.replace('几', '一'));
        Optional<BigDecimal> high = ChineseNumber.parse(num.replace('几', '九'));
        if (low.isEmpty() || high.isEmpty() || low.get().compareTo(high.get()) > 0) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(low.get(), high.get(), m.start(), m.end()));
    }

    /**
     * A range: {@code 3000至4000元} ({@code from} group, the lower end taking the upper end's multiplier when it has
     * none: {@code 三到四千}), or a numeral with two neighbouring Chinese digits ({@code 三四百}, {@code 六七千},
     * {@code 十八九块}: {@link ChineseNumber#neighbourRange}), times the multiplier {@code factor} written after it.
     */
    private static Optional<BigDecimal[]> range(Matcher m, BigDecimal high, BigDecimal factor) {
        String from = m.group("from");
        if (from != null) {
            Optional<BigDecimal> lo = ChineseNumber.parse(from);
            if (lo.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal low = lo.get();
            while (low.signum() > 0 && low.multiply(BigDecimal.TEN).compareTo(high) <= 0) {
                low = low.multiply(BigDecimal.TEN);
            }
            return low.compareTo(high) <= 0 ? Optional.of(new BigDecimal[] {low, high}) : Optional.empty();
        }
        Optional<BigDecimal[]> neighbours = ChineseNumber.neighbourRange(m.group("num") + m.group("mul"));
        if (neighbours.isPresent()) {
            BigDecimal[] r = neighbours.get();
            return Optional.of(new BigDecimal[] {r[0].multiply(factor), r[1].multiply(factor)});
        }
        return Optional.empty();
    }

    /**
     * {@code 三万八}, {@code 四万八千六}: a Chinese numeral whose last digit follows 万 or 千 (the spoken short form of
     * 38,000 and 48,600) and ends the phrase is money without 元: the short form is used for sums of money.
     */
    private static boolean spokenAmount(Matcher m, String text) {
        String num = m.group("num") + m.group("mul");
        if (!SPOKEN.matcher(num).matches() || m.group("vague") != null) {
            return false;
        }
        int end = m.end();
        return end >= text.length() || "，。；！？,.;!? \n）)".indexOf(text.charAt(end)) >= 0;
    }

    private static final Pattern SPOKEN = Pattern.compile("[一二两三四五六七八九十]+[万千](?:[一二两三四五六七八九][千百])*[一二两三四五六七八九]");

    /** {@code 3块手表}: 块 as a measure word, followed by the thing counted rather than 钱 or an approximation. */
    private static boolean countedThing(String text, int after) {
        if (after >= text.length()) {
            return false;
        }
        char c = text.charAt(after);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && "钱多余左整的".indexOf(c) < 0;
    }

    private static Quantity mergeTrailingUpper(Quantity lower, String text) {
        Matcher t = TRAILING_UPPER.matcher(text);
        t.region(lower.end(), text.length());
        if (t.lookingAt()) {
            Optional<BigDecimal> hi = ChineseNumber.parse(t.group("num") + t.group("mul"));
            if (hi.isPresent() && hi.get().compareTo(lower.low()) >= 0) {
                return lower.withHigh(hi.get(), t.end());
            }
        }
        return lower;
    }

    /** Weights in grams, in text order; gross weights (毛重) are left out. */
    public static List<Quantity> weight(String text) {
        List<Quantity> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WEIGHT.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 6);
            if (text.substring(from, m.start()).contains("毛重")) {
                continue;
            }
            Optional<BigDecimal> v = ChineseNumber.parse(m.group("num"));
            if (v.isEmpty()) {
                continue;
            }
            BigDecimal grams = grams(v.get(), m.group("unit"));
            Optional<BigDecimal[]> neighbours = ChineseNumber.neighbourRange(m.group("num"));
            boolean vague = m.group("vague1") != null || m.group("vague2") != null;
            if (neighbours.isPresent() && m.group("upper") == null && !vague) {
                // 八九克: 8 to 9 g, not 89 g
                BigDecimal[] r = neighbours.get();
                out.add(new Quantity(grams(r[0], m.group("unit")), grams(r[1], m.group("unit")), m.start(), m.end()));
            } else if (m.group("upper") != null) {
                out.add(new Quantity(null, grams, m.start(), m.end()));
            } else if (m.group("vague1") != null || m.group("vague2") != null) {
                out.add(new Quantity(grams, null, m.start(), m.end()));
            } else {
                out.add(Quantity.exact(grams, m.start(), m.end()));
            }
        }
        return out;
    }

    private static BigDecimal grams(BigDecimal v, String unit) {
        return switch (unit) {
            case "千克", "公斤", "kg", "KG", "Kg" -> v.multiply(BigDecimal.valueOf(1000));
            case "毫克", "mg" -> v.movePointLeft(3);
            default -> v;
        };
    }

    /** Blood alcohol concentrations in mg/100 ml, in text order. */
    public static List<Quantity> bloodAlcohol(String text) {
        List<Quantity> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = ALCOHOL.matcher(text);
        while (m.find()) {
            String num = m.group("num") != null ? m.group("num") : m.group("num2");
            ChineseNumber.parse(num).ifPresent(v -> out.add(Quantity.exact(v, m.start(), m.end())));
        }
        return out;
    }
}
