package org.smartcity.court.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese numerals in dates and times as Arabic digits: {@code 二〇二四年三月九日} → {@code 2024年3月9日}, {@code 晚九时四十分} →
 * {@code 晚9时40分}, {@code 二十三时许} → {@code 23时许}, {@code 九时半} → {@code 9时30分}. Only a run of numerals directly before a date or time unit
 * (年, 月, 日, 号, 时, 点, 分, 秒) is converted, so names and text are left alone. A year is read digit by digit
 * ({@code 二〇二四}, {@code 二零二四}); other numbers with 十 as tens ({@code 十}, {@code 十五}, {@code 二十}, {@code 三十一}).
 */
final class ChineseNumerals {
    private static final Pattern RUN = Pattern.compile("([〇零○Ｏ一二两三四五六七八九十]{1,5})(?=\\s*[年月日号时点分秒])");

    private static final Pattern HALF = Pattern.compile("([时点])半");
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {}

    /** The text with numerals before date and time units converted; unchanged when there are none. */
    static String toDigits(String text) {
        String s = HALF.matcher(text).replaceAll("$130分");
        Matcher m = RUN.matcher(s);
        StringBuilder b = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String v = value(m.group(1));
            if (v == null) {
                continue;
            }
            any = true;
            m.appendReplacement(b, v);
        }
        if (!any) {
            return s;
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The number a run of numerals writes, or null when it writes none. */
    static String value(String run) {
        String r = run.replace('零', '〇').replace('○', '〇').replace('Ｏ', '〇').replace('两', '二');
        int ten = r.indexOf('十');
        if (ten < 0) {
            StringBuilder b = new StringBuilder();
            for (char c : r.toCharArray()) {
                b.append(DIGITS.indexOf(c));
            }
            return b.toString();
        }
        if (r.indexOf('十', ten + 1) >= 0 || r.length() > 3) {
            return null;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(r.charAt(0));
        int ones = ten == r.length() - 1 ? 0 : DIGITS.indexOf(r.charAt(ten + 1));
        if (ten > 1 || tens < 0 || ones < 0) {
            return null;
        }
        return Integer.toString(tens * 10 + ones);
    }
}
