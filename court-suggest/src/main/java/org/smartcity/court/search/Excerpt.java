package org.smartcity.court.search;

import java.util.Set;

/**
 * A short passage of a case's facts: the window of at most {@code length} characters that shares the most Chinese
 * character bigrams with the query, shared runs marked 【like this】, cut ends marked …. Stateless.
 */
final class Excerpt {
    private Excerpt() {}

    static String of(String fact, Set<String> queryBigrams, int length) {
        if (fact == null || fact.isEmpty()) {
            return "";
        }
        int n = fact.length();
        boolean[] hit = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            if (queryBigrams.contains(fact.substring(i, i + 2))) {
                hit[i] = true;
                hit[i + 1] = true;
            }
        }
        int window = Math.min(length, n);
        int count = 0;
        for (int i = 0; i < window; i++) {
            count += hit[i] ? 1 : 0;
        }
        int bestStart = 0;
        int bestCount = count;
        for (int s = 1; s + window <= n; s++) {
            count += (hit[s + window - 1] ? 1 : 0) - (hit[s - 1] ? 1 : 0);
            if (count > bestCount) {
                bestCount = count;
                bestStart = s;
            }
        }
        StringBuilder b = new StringBuilder();
        if (bestStart > 0) {
            b.append('…');
        }
        boolean open = false;
        for (int i = bestStart; i < bestStart + window; i++) {
            if (hit[i] && !open) {
                b.append('【');
                open = true;
            } else if (!hit[i] && open) {
                b.append('】');
                open = false;
            }
            b.append(fact.charAt(i));
        }
        if (open) {
            b.append('】');
        }
        if (bestStart + window < n) {
            b.append('…');
        }
        return b.toString();
    }
}
