package org.smartcity.court.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * A charge name as CAIL2018 writes it, read as the statute's wording: fixed parts and bracketed alternatives, e.g.
 * {@code [掩饰、隐瞒][犯罪所得、犯罪所得收益]} is the two groups {掩饰 | 隐瞒} and {犯罪所得 | 犯罪所得收益}, and
 * {@code 强迫交易} one group. A fact text <em>names</em> the charge when every group has one of its alternatives in
 * the text: the statute's own words are evidence the training data is too small to learn for rare charges.
 * Immutable.
 */
public final class ChargeName {
    private final List<List<String>> groups;

    private ChargeName(List<List<String>> groups) {
        this.groups = groups;
    }

    /** Parses a CAIL charge name; an empty or bracket-only name gives a name that no text names. */
    public static ChargeName parse(String name) {
        List<List<String>> groups = new ArrayList<>();
        StringBuilder fixed = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            char ch = name.charAt(i);
            if (ch == '[') {
                addFixed(groups, fixed);
                int end = name.indexOf(']', i);
                if (end < 0) {
                    end = name.length();
                }
                List<String> alternatives = new ArrayList<>();
                for (String a : name.substring(i + 1, end).split("、")) {
                    if (!a.isBlank()) {
                        alternatives.add(a.strip());
                    }
                }
                if (!alternatives.isEmpty()) {
                    groups.add(List.copyOf(alternatives));
                }
                i = end + 1;
            } else {
                fixed.append(ch);
                i++;
            }
        }
        addFixed(groups, fixed);
        return new ChargeName(List.copyOf(groups));
    }

    private static void addFixed(List<List<String>> groups, StringBuilder fixed) {
        String f = fixed.toString().strip();
        if (!f.isEmpty()) {
            groups.add(List.of(f));
        }
        fixed.setLength(0);
    }

    /** The groups of alternatives, in name order. */
    public List<List<String>> groups() {
        return groups;
    }

    /** Whether every group has one of its alternatives in {@code text} (false for a name without groups). */
    public boolean namedIn(String text) {
        if (groups.isEmpty()) {
            return false;
        }
        for (List<String> group : groups) {
            boolean found = false;
            for (String alternative : group) {
                if (text.contains(alternative)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
