package org.smartcity.court.sentencing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds wording in fact text that is not negated in its clause: {@code 不构成自首}, {@code 没有自首情节}, {@code 无前科},
 * {@code 自首的意见不予采纳} do not count. A clause ends at {@code ，。；！？} or a line break. Stateless.
 */
final class PhraseFinder {
    static final int MAX_PHRASE = 40;

    private static final Pattern NEGATION_BEFORE =
            Pattern.compile("(?:不构成|不属于|不成立|不能认定|不予认定|不应认定|不认定|不具有|不具备|不符合|没有|并非|未能|未达到?|未构成|否认)[^，。；,;]{0,4}$|无$");
    private static final Pattern NEGATION_AFTER =
            Pattern.compile("^[^，。；,;]{0,10}(?:不成立|不能成立|不予采纳|不予支持|不予认定|不能认定|不构成)");

    private PhraseFinder() {}

    /** The first non-negated match of any of {@code patterns} (earliest in the text). */
    static Optional<Mention> find(String text, List<Pattern> patterns) {
        Mention best = null;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() == m.start() || isNegated(text, m.start(), m.end())) {
                    continue;
                }
                if (best == null || m.start() < best.start()) {
                    best = mention(text, m.start(), m.end());
                }
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The number of non-negated matches of all {@code patterns} together. */
    static int count(String text, List<Pattern> patterns) {
        int n = 0;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && !isNegated(text, m.start(), m.end())) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean isNegated(String text, int start, int end) {
        int from = clauseStart(text, start);
        int to = clauseEnd(text, end);
        return NEGATION_BEFORE.matcher(text.substring(from, start)).find()
                || NEGATION_AFTER.matcher(text.substring(end, to)).find();
    }

    /** The clause around {@code [start, end)}, cut to {@value #MAX_PHRASE} characters around the match. */
    static Mention mention(String text, int start, int end) {
        int from = Math.max(clauseStart(text, start), start - MAX_PHRASE / 2);
        int to = Math.min(clauseEnd(text, end), Math.max(end, from + MAX_PHRASE));
        return new Mention(text.substring(start, end), text.substring(from, to).strip(), start);
    }

    private static int clauseStart(String text, int at) {
        int i = at;
        while (i > 0 && !isBreak(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int clauseEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBreak(char c) {
        return c == '，' || c == '。' || c == '；' || c == '！' || c == '？' || c == '\n' || c == ';' || c == '!'
                || c == '?';
    }
}
