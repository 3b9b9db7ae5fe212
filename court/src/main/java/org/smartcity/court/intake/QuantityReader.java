package org.smartcity.court.intake;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantities forms print: amounts of money ({@code 人民币4,300元}, {@code 4.3万元}, {@code 三千二百元}), blood
 * alcohol ({@code 136mg/100ml}, {@code 136毫克/100毫升}) and weights in grams ({@code 12.5克}, {@code 1.2kg}).
 */
public final class QuantityReader {
    private static final Pattern MONEY =
            Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿点]+)\\s*(万)?\\s*(元|块)");
    private static final Pattern ALCOHOL = Pattern.compile(
            "([0-9]+(?:\\.[0-9]+)?)\\s*(?:mg|毫克)\\s*/\\s*(?:100\\s*(?:ml|mL|毫升)|百毫升)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT =
            Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(千克|公斤|kg|克|g)(?![a-zA-Z])", Pattern.CASE_INSENSITIVE);
    private static final Map<Character, Integer> DIGITS =
            Map.of('零', 0, '〇', 0, '一', 1, '二', 2, '两', 2, '三', 3, '四', 4, '五', 5, '六', 6, '七', 7);

    /** The first amount of money in yuan. */
    public OptionalDouble money(String folded) {
        Matcher m = MONEY.matcher(folded);
        while (m.find()) {
            double v = number(m.group(1));
            if (Double.isNaN(v)) {
                continue;
            }
            return OptionalDouble.of(m.group(2) != null ? v * 10_000 : v);
        }
        return OptionalDouble.empty();
    }

    /** The first blood-alcohol value in mg/100ml. */
    public OptionalDouble alcohol(String folded) {
        Matcher m = ALCOHOL.matcher(folded);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    /** The first weight, in grams. */
    public OptionalDouble grams(String folded) {
        Matcher m = WEIGHT.matcher(folded);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2).toLowerCase();
        return OptionalDouble.of(unit.equals("千克") || unit.equals("公斤") || unit.equals("kg") ? v * 1000 : v);
    }

    /** Arabic (with thousands commas) or Chinese numerals; NaN when not a number. */
    static double number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            try {
                return Double.parseDouble(s.replace(",", ""));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return chinese(s);
    }

    private static double chinese(String s) {
        double total = 0;
        double section = 0;
        double digit = -1;
        for (char c : s.toCharArray()) {
            Integer d = DIGITS.get(c);
            if (d == null && c == '八') {
                d = 8;
            } else if (d == null && c == '九') {
                d = 9;
            }
            if (d != null) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return Double.NaN;
            }
            if (unit >= 10_000) {
                section += Math.max(digit, 0);
                total += section * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }
}
