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
        for (Clauses.Clause c : Clauses.split(part)) {
            if (sentenceEndsBetween(part, lastEnd, c.start())) {
                carried = question ? null : questionEvent;
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
            Event e = cue.orElse(carried == null ? Event.OFFENCE : carried);
            carried = e == Event.OFFENCE ? null : e;
            out.add(new FactFrame(e, c.text(), from + c.start(), cue.isPresent(), sentence));
        }
        return question ? asked : null;
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
                if ((best == null || c.rank() < best.rank()) && clause.startsWith(c.text(), i)) {
                    best = c;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.event());
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
