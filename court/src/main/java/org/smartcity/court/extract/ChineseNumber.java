package org.smartcity.court.extract;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Parses numbers as written in Chinese legal text: Arabic digits with thousands separators ({@code 3,200},
 * {@code 3.2}), full-width digits, and Chinese numerals with units ({@code 三千二百}, {@code 两百}, {@code 一万五千},
 * colloquial {@code 一万五} = 15,000, digit strings {@code 二〇二四}). Stateless and thread-safe.
 */
public final class ChineseNumber {
    private static final String DIGITS = "零〇○一二两三四五六七八九";
    private static final int[] DIGIT_VALUES = {0, 0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};

    private ChineseNumber() {}

    /** True for the characters {@link #parse} understands in a Chinese numeral. */
    public static boolean isNumeralChar(char c) {
        return DIGITS.indexOf(c) >= 0 || "十百千万亿".indexOf(c) >= 0;
    }

    /** The value of an Arabic or Chinese number; empty when the text is not one. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String s = normaliseDigits(text).replace(",", "").replace("，", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (Character.isDigit(s.charAt(0))) {
            return arabicWithUnits(s);
        }
        int dot = s.indexOf('点');
        if (dot > 0 && dot < s.length() - 1) {
            // 零点六 = 0.6, 一点五 = 1.5: an integer part and the digits after the point
            Optional<Long> whole = chinese(s.substring(0, dot));
            String fraction = s.substring(dot + 1);
            if (whole.isEmpty() || !isDigitString(fraction)) {
                return Optional.empty();
            }
            return Optional.of(new BigDecimal(whole.get() + "." + digitString(fraction)));
        }
        return chinese(s).map(BigDecimal::valueOf);
    }

    /** Two neighbouring digits telling an approximate value ({@code 八九}, {@code 两三}, {@code 三五}). */
    private static final java.util.regex.Pattern NEIGHBOURS = java.util.regex.Pattern.compile(
            "(?<before>[零〇一二两三四五六七八九十百千万]*?)(?<a>[一二两三四五六七八])(?<b>[二三四五六七八九])(?<after>[十百千万]*)");

    /**
     * A numeral with two neighbouring digits for an approximate value, as its lowest and highest reading:
     * {@code 八九} (8–9), {@code 十八九} (18–19), {@code 二十七八} (27–28), {@code 三四百} (300–400),
     * {@code 一千七八百} (1,700–1,800), {@code 两三} (2–3), also the customary {@code 三五} (3–5). Digits that follow
     * each other without a unit are otherwise no Chinese numeral of a quantity; a digit string ({@code 一九八九}) is
     * none of these, because the pair must open the numeral or follow a unit. Empty when the text is no such numeral.
     */
    public static Optional<BigDecimal[]> neighbourRange(String numeral) {
        if (numeral == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = NEIGHBOURS.matcher(numeral);
        if (!m.matches()) {
            return Optional.empty();
        }
        String before = m.group("before");
        String after = m.group("after");
        if (!before.isEmpty() && "十百千万".indexOf(before.charAt(before.length() - 1)) < 0) {
            return Optional.empty();
        }
        if (!before.isEmpty() && after.isEmpty() && !before.endsWith("十")) {
            // 一百二三 is left alone: whether it is 102–103 or 120–130 depends on the speaker
            return Optional.empty();
        }
        int a = DIGIT_VALUES[DIGITS.indexOf(m.group("a").charAt(0))];
        int b = DIGIT_VALUES[DIGITS.indexOf(m.group("b").charAt(0))];
        if (b != a + 1 && !(a == 3 && b == 5)) {
            return Optional.empty();
        }
        Optional<BigDecimal> low = parse(before + m.group("a") + after);
        Optional<BigDecimal> high = parse(before + m.group("b") + after);
        if (low.isEmpty() || high.isEmpty() || low.get().compareTo(high.get()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal[] {low.get(), high.get()});
    }

    private static final String FINANCIAL = "零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬";
    private static final String EVERYDAY = "零一二二三三四五六六七八九十百千万";

    /**
     * The financial (大写) numerals of amounts ({@code 捌佰陆拾}) as everyday ones ({@code 八百六十}), character by
     * character, so offsets stay the same. Only for text already known to hold an amount: 陆 is also a surname.
     */
    public static String normaliseFinancial(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = FINANCIAL.indexOf(c);
            b.append(k >= 0 ? EVERYDAY.charAt(k) : c);
        }
        return b.toString();
    }

    /** Full-width digits and dot to ASCII. */
    public static String normaliseDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Optional<BigDecimal> arabicWithUnits(String s) {
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        BigDecimal base;
        try {
            base = new BigDecimal(s.substring(0, i));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String rest = s.substring(i);
        if (rest.isEmpty()) {
            return Optional.of(base);
        }
        // 3万, 1万5千, 3.2万
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = base;
        int j = 0;
        while (j < rest.length()) {
            long unit = unitValue(rest.charAt(j));
            if (unit == 0) {
                return Optional.empty();
            }
            total = total.add(current.multiply(BigDecimal.valueOf(unit)));
            current = BigDecimal.ZERO;
            j++;
            int k = j;
            while (k < rest.length() && (Character.isDigit(rest.charAt(k)) || rest.charAt(k) == '.')) {
                k++;
            }
            if (k > j) {
                try {
                    current = new BigDecimal(rest.substring(j, k));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (k == rest.length()) {
                    // 1万5 = 15,000: a trailing digit counts in the next lower unit
                    total = total.add(current.multiply(BigDecimal.valueOf(Math.max(1, unit / 10))));
                    current = BigDecimal.ZERO;
                }
                j = k;
            }
        }
        return Optional.of(total.add(current));
    }

    private static long unitValue(char c) {
        return switch (c) {
            case '十' -> 10L;
            case '百' -> 100L;
            case '千' -> 1_000L;
            case '万' -> 10_000L;
            case '亿' -> 100_000_000L;
            default -> 0L;
        };
    }

    private static boolean isDigitString(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (DIGITS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String digitString(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(DIGIT_VALUES[DIGITS.indexOf(s.charAt(i))]);
        }
        return b.toString();
    }

    private static Optional<Long> chinese(String s) {
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unitValue(c) > 0) {
                hasUnit = true;
            } else if (DIGITS.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        if (!hasUnit) {
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + DIGIT_VALUES[DIGITS.indexOf(s.charAt(i))];
            }
            return Optional.of(v);
        }
        long total = 0;
        long section = 0;
        long number = -1;
        long lastUnit = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            long unit = unitValue(c);
            if (unit == 0) {
                number = DIGIT_VALUES[DIGITS.indexOf(c)];
                continue;
            }
            if (unit >= 10_000) {
                section += Math.max(number, 0);
                total += (section == 0 ? 1 : section) * unit;
                section = 0;
            } else {
                section += (number < 0 ? 1 : number) * unit;
            }
            number = -1;
            lastUnit = unit;
        }
        if (number > 0) {
            // 一万五 = 15,000; 三千二 = 3,200; 两百五 = 250
            boolean colloquial = s.length() >= 2 && unitValue(s.charAt(s.length() - 2)) > 0 && lastUnit >= 100;
            section += colloquial ? number * (lastUnit / 10) : number;
        }
        return Optional.of(total + section);
    }
}
