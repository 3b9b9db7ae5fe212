package org.smartcity.court.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartcity.court.extract.Clauses;

/**
 * Splits an item's text into {@link FactFrame}s, one per clause, and decides what each clause is about. A clause
 * containing a cue of {@code facts/events.txt} belongs to that event; a clause without one continues the side
 * event of the clause before it in the same sentence ({@code 想拿到二手市场卖掉，一般只给三四百块}), else that of the
 * question it answers ({@code 问：你身上带了多少钱？答：只有37块钱}), else it is about the offence. Questions of a
 * question-and-answer record are frames of {@link Event#QUESTION}. Stateless and thread-safe.
 */
public final class FrameReader {
    private static final Pattern QA_MARKER = Pattern.compile("(?m)(问|答)[：:]|^\\s*(Q|A)[：:]");
    private static final Map<String, List<String>> DATA = Cues.read("events.txt");
    private static final List<String> IGNORED = DATA.getOrDefault("ignore", List.of());

    /**
     * A cue word and the event it marks; {@code rank} is the event's place in the data file (lower wins).
     */
    private record Cue(String text, Event event, int rank) {}

    /** The cues by their first character, so a clause is scanned once. */
    private static final Map<Character, List<Cue>> CUES_BY_FIRST = index();

    private static Map<Character, List<Cue>> index() {
        Map<Character, List<Cue>> out = new java.util.HashMap<>();
        int rank = 0;
        for (Map.Entry<String, List<String>> e : DATA.entrySet()) {
            if (e.getKey().equals("ignore")) {
                continue;
            }
            Event event = Event.ofCode(e.getKey());
            for (String cue : e.getValue()) {
                out.computeIfAbsent(cue.charAt(0), k -> new ArrayList<>()).add(new Cue(cue, event, rank));
            }
            rank++;
        }
        return Map.copyOf(out);
    }

    private FrameReader() {}

    /** The frames of a text, in order; empty for null or empty text. */
    public static List<FactFrame> read(String text) {
        List<FactFrame> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = QA_MARKER.matcher(text);
        int from = 0;
        boolean question = false;
        Event questionEvent = null;
        while (m.find()) {
            questionEvent = segment(text, from, m.start(), question, questionEvent, out);
            String marker = m.group(1) != null ? m.group(1) : m.group(2);
            question = marker.equals("问") || marker.equals("Q");
            from = m.end();
        }
        segment(text, from, text.length(), question, questionEvent, out);
        return out;
    }

    /** Adds the frames of text[from, to); returns the side event a question asked about (for its answer). */
    private static Event segment(
            String text, int from, int to, boolean question, Event questionEvent, List<FactFrame> out) {
        if (to <= from) {
            return questionEvent;
        }
        String part = text.substring(from, to);
        Event asked = null;
        Event carried = question ? null : questionEvent;
        int lastEnd = 0;
        boolean newSentence = true;
        boolean carriedFromClause = false;
        for (Clauses.Clause c : Clauses.split(part)) {
            if (sentenceEndsBetween(part, lastEnd, c.start())) {
                carried = question ? null : questionEvent;
                carriedFromClause = false;
                newSentence = true;
            }
            lastEnd = c.start() + c.text().length();
            Optional<Event> cue = cueOf(c.text());
            int sentence = sentence(out, newSentence);
            newSentence = false;
            if (question) {
                if (cue.isPresent() && cue.get() != Event.OFFENCE && asked == null) {
                    asked = cue.get();
                }
                out.add(new FactFrame(Event.QUESTION, c.text(), from + c.start(), true, sentence));
                continue;
            }
            if (cue.isEmpty() && carried == Event.PERSONAL && carriedFromClause && statesTime(c.text())) {
                // a person's standing details have no time of day: a clause telling one (俺一个人在家住，3月18号凌晨
                // 两三点听见院里有动静) tells what happened
                carried = null;
            }
            if (cue.isEmpty()
                    && (carried == Event.PURCHASE || carried == Event.HISTORY)
                    && NOW.matcher(c.text()).find()) {
                // 买的时候花了六千八，现在少说也值五千多: a clause set in the present after the purchase tells what the
                // object is worth now, not the purchase
                carried = null;
            }
            Event e = cue.orElse(carried == null ? Event.OFFENCE : carried);
            carriedFromClause = true;
            // an aside in brackets (第一次200块（已经返给我210块）) tells its own event: it gives the clause its cue but
            // does not carry it on to the clauses after it
            if (cue.isEmpty() || !asideOnly(c.text())) {
                carried = e == Event.OFFENCE ? null : e;
            }
            out.add(new FactFrame(e, c.text(), from + c.start(), cue.isPresent(), sentence));
        }
        return question ? asked : null;
    }

    /** A clause set in the present ({@code 现在}, {@code 如今}, {@code 目前}) at its start, after an optional subject. */
    private static final java.util.regex.Pattern NOW =
            java.util.regex.Pattern.compile("^\\s*(?:[我他她它这那]|车|东西)?(?:现在|如今|目前)");

    /** True when the clause's cue stands only inside a bracketed aside ({@code （…）} or {@code (…)}). */
    private static boolean asideOnly(String clause) {
        if (clause.indexOf('（') < 0 && clause.indexOf('(') < 0) {
            return false;
        }
        String outside = clause.replaceAll("[（(][^）)]*[）)]?", "");
        return cueOf(outside).isEmpty();
    }

    private static final String TIME_CHARS = "０１２３４５６７８９月日号点时晚早夜午今昨当次";

    /** True when the clause states a date or a time of day. */
    private static boolean statesTime(String clause) {
        if (clause.chars().noneMatch(c -> TIME_CHARS.indexOf(c) >= 0 || Character.isDigit(c))) {
            return false; // no digit, date or hour word: no time (most of a person's details)
        }
        return !org.smartcity.court.extract.DateTimeExtractor.extract(clause, java.time.LocalDate.of(2000, 1, 1))
                .isEmpty();
    }

    /** The sentence number of the next frame: one more than the last frame's when a sentence starts. */
    private static int sentence(List<FactFrame> out, boolean starts) {
        if (out.isEmpty()) {
            return 0;
        }
        int last = out.get(out.size() - 1).sentence();
        return starts ? last + 1 : last;
    }

    private static boolean sentenceEndsBetween(String s, int from, int to) {
        for (int i = from; i < to && i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the clause contains a cue of {@code event}, whichever event it belongs to ({@code 下楼发现电池没了} is a
     * routine clause that also tells the discovery).
     */
    public static boolean mentions(String clause, Event event) {
        for (int i = 0; i < clause.length(); i++) {
            int ignored = ignoredAt(clause, i);
            if (ignored > 0) {
                i += ignored - 1;
                continue;
            }
            for (Cue c : CUES_BY_FIRST.getOrDefault(clause.charAt(i), List.of())) {
                if (c.event() == event && clause.startsWith(c.text(), i) && !partOfLongerNumber(clause, i, c.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The event whose cue the clause contains first in file order, if any. */
    static Optional<Event> cueOf(String clause) {
        Cue best = null;
        for (int i = 0; i < clause.length(); i++) {
            int ignored = ignoredAt(clause, i);
            if (ignored > 0) {
                i += ignored - 1;
                continue;
            }
            List<Cue> candidates = CUES_BY_FIRST.get(clause.charAt(i));
            if (candidates == null) {
                continue;
            }
            for (Cue c : candidates) {
                if ((best == null || c.rank() < best.rank())
                        && clause.startsWith(c.text(), i)
                        && !partOfLongerNumber(clause, i, c.text())) {
                    best = c;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.event());
    }

    /**
     * True when a cue made of digits ({@code 110}, the police's number) stands inside a longer number ({@code 1100块钱}):
     * a number is read whole, so the cue does not match there.
     */
    private static boolean partOfLongerNumber(String clause, int at, String cue) {
        int end = at + cue.length();
        boolean digitBefore = at > 0 && Character.isDigit(clause.charAt(at - 1));
        boolean digitAfter = end < clause.length() && Character.isDigit(clause.charAt(end));
        return Character.isDigit(cue.charAt(0)) && digitBefore
                || Character.isDigit(cue.charAt(cue.length() - 1)) && (digitAfter || nextIsDecimal(clause, end));
    }

    private static boolean nextIsDecimal(String clause, int end) {
        return end + 1 < clause.length()
                && (clause.charAt(end) == '.' || clause.charAt(end) == ',')
                && Character.isDigit(clause.charAt(end + 1));
    }

    /** The length of an ignored word ({@code 外卖}) starting at {@code i}, else 0. */
    private static int ignoredAt(String clause, int i) {
        for (String w : IGNORED) {
            if (clause.startsWith(w, i)) {
                return w.length();
            }
        }
        return 0;
    }
}
