package org.smartcity.court.frame;

import java.util.List;
import java.util.Map;

/**
 * What an amount of money in a clause of the offence is: a unit price or denomination ({@code 每条430元},
 * {@code 都是一百元的}: never compared), a total ({@code 一共860元}), or the value of what was taken. The cue words are
 * data ({@code facts/money-roles.txt}); a cue counts when it stands before the amount in its clause; a measure
 * ({@code 一条}) only right before or after the amount ({@code 430元一条}), a denomination's measure
 * ({@code 三张十块}) only right before it or, with a count, right after it ({@code 一百元的30张}).
 */
public enum AmountRole {
    UNIT,
    TOTAL,
    VALUE;

    private static final Map<String, List<String>> CUES = Cues.read("money-roles.txt");

    /**
     * A count of notes right after the amount ({@code 一百元的30张}: thirty notes of a hundred) makes it their
     * denomination.
     */
    private static boolean countedAfter(String after, String measure) {
        int i = after.startsWith("的") ? 1 : 0;
        int digits = i;
        while (digits < after.length() && NUMERALS.indexOf(after.charAt(digits)) >= 0) {
            digits++;
        }
        return digits > i && after.startsWith(measure, digits);
    }

    private static final String NUMERALS = "0123456789０１２３４５６７８９一二两三四五六七八九十百几";

    /**
     * The role of the amount at {@code [start, end)} of {@code clause}.
     *
     * @param clause the clause the amount stands in
     * @param start offset of the amount in the clause
     * @param end offset just after it
     */
    public static AmountRole of(String clause, int start, int end) {
        String before = clause.substring(0, Math.max(0, Math.min(start, clause.length())));
        String after = clause.substring(Math.min(end, clause.length()));
        if (after.startsWith("钱")) {
            // 30块钱一个: the measure follows the amount's 钱
            after = after.substring(1);
        }
        for (String cue : CUES.getOrDefault("unit", List.of())) {
            boolean measure = cue.startsWith("一");
            boolean adjacent = before.endsWith(cue) || after.startsWith(cue);
            if (measure ? adjacent : before.contains(cue)) {
                return UNIT;
            }
        }
        for (String cue : CUES.getOrDefault("denomination", List.of())) {
            if (before.endsWith(cue) || countedAfter(after, cue)) {
                return UNIT;
            }
        }
        for (String cue : CUES.getOrDefault("total", List.of())) {
            if (before.contains(cue)) {
                return TOTAL;
            }
        }
        return VALUE;
    }
}
