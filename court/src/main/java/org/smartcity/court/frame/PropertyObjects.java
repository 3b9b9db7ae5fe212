package org.smartcity.court.frame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of property an amount of money can be the value of ({@code facts/objects.txt}): cash, a phone, a
 * necklace … Finds the objects a text names, longest word first ({@code 电动自行车} is one ebike, not an ebike and a
 * bicycle), and how many of each it counts ({@code 手机两部}, {@code 3块电池}, {@code 锂电池共3块}). Stateless.
 */
public final class PropertyObjects {
    /** The object that is money itself: its amount in 块 is yuan. */
    public static final String CASH = "cash";

    private static final Map<String, List<String>> DATA = Cues.read("objects.txt");
    /** The naming words with their objects by first character, longest word first: a text is scanned once. */
    private static final Map<Character, List<String[]>> WORDS = words();

    private static final String COUNT = "([0-9]+|[一二两三四五六七八九十]+)";
    private static final String MEASURE = "[部块条个辆台枚瓶只件副包袋盒双]";
    private static final Pattern COUNT_AFTER = Pattern.compile("^[^，,。；]{0,8}?共?" + COUNT + MEASURE);
    private static final Pattern COUNT_BEFORE = Pattern.compile(COUNT + MEASURE + "[^，,。；0-9一二两三四五六七八九十]{0,8}$");

    private PropertyObjects() {}

    /**
     * An object named in a text.
     *
     * @param object the object's name in the data file ({@code phone})
     * @param start offset of the naming word
     * @param end offset just after it
     */
    public record Mention(String object, int start, int end) {}

    private static Map<Character, List<String[]>> words() {
        List<String[]> all = new ArrayList<>();
        DATA.forEach((object, ws) -> ws.forEach(w -> all.add(new String[] {w, object})));
        all.sort(Comparator.comparingInt((String[] w) -> -w[0].length()));
        Map<Character, List<String[]>> out = new java.util.HashMap<>();
        for (String[] w : all) {
            out.computeIfAbsent(w[0].charAt(0), k -> new ArrayList<>()).add(w);
        }
        return Map.copyOf(out);
    }

    /** The objects a text names, in text order; overlapping words are read once, the longest winning. */
    public static List<Mention> in(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (int i = 0; i < text.length(); i++) {
            List<String[]> candidates = WORDS.get(text.charAt(i));
            if (candidates == null) {
                continue;
            }
            for (String[] w : candidates) {
                if (text.startsWith(w[0], i)) {
                    out.add(new Mention(w[1], i, i + w[0].length()));
                    i += w[0].length() - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** The object named last before {@code offset} in a text, or null. */
    public static String before(String text, int offset) {
        String found = null;
        for (Mention m : in(text)) {
            if (m.end() <= offset) {
                found = m.object();
            }
        }
        return found;
    }

    /** The single kind of object a text names, or null when it names none or several. */
    public static String only(String text) {
        List<String> kinds = in(text).stream().map(Mention::object).distinct().toList();
        return kinds.size() == 1 ? kinds.get(0) : null;
    }

    /**
     * How many of the object at {@code m} the text counts next to it ({@code 手机两部}, {@code 两部手机}); 0 when it
     * states no count.
     */
    public static int count(String text, Mention m) {
        Matcher after = COUNT_AFTER.matcher(text.substring(m.end()));
        if (after.find()) {
            return parseCount(after.group(1));
        }
        Matcher before = COUNT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 10), m.start()));
        if (before.find()) {
            return parseCount(before.group(1));
        }
        return 0;
    }

    private static int parseCount(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        return org.smartcity.court.extract.ChineseNumber.parse(s)
                .map(java.math.BigDecimal::intValue)
                .orElse(0);
    }
}
