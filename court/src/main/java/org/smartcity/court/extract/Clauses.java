package org.smartcity.court.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into clauses (between Chinese or ASCII sentence punctuation and line breaks) and statements into
 * the answers of the person questioned. A comma between digits ({@code 3,200}) does not split. Stateless.
 */
public final class Clauses {
    private Clauses() {}

    /**
     * A piece of text and where it starts in the original.
     *
     * @param text the clause, without its punctuation
     * @param start offset of the first character in the original text
     */
    public record Clause(String text, int start) {}

    /** The clauses of a text, in order; empty clauses are left out. */
    public static List<Clause> split(String text) {
        List<Clause> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cut = c == '，' || c == '。' || c == '；' || c == '！' || c == '？' || c == '\n' || c == ';' || c == '!'
                    || c == '?';
            if (c == ','
                    && !(i > 0
                            && i + 1 < text.length()
                            && Character.isDigit(text.charAt(i - 1))
                            && Character.isDigit(text.charAt(i + 1)))) {
                cut = true;
            }
            if (c == '.'
                    && !(i > 0
                            && i + 1 < text.length()
                            && Character.isDigit(text.charAt(i - 1))
                            && Character.isDigit(text.charAt(i + 1)))) {
                cut = true;
            }
            if (cut) {
                if (i > from) {
                    out.add(new Clause(text.substring(from, i), from));
                }
                from = i + 1;
            }
        }
        if (from < text.length()) {
            out.add(new Clause(text.substring(from), from));
        }
        return out;
    }

    /**
     * The answers of a question-and-answer record ({@code 问：…} / {@code 答：…} lines), joined by line breaks, with
     * the {@code 答：} marks removed. A text with neither {@code 问} nor {@code 答} lines is returned whole (it is a
     * narrative).
     */
    public static String answers(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // markers may start a line or follow the previous answer on the same line ("问：…答：…问：…")
        java.util.regex.Matcher m = QA_MARKER.matcher(text);
        StringBuilder b = new StringBuilder();
        boolean any = false;
        boolean inAnswer = false;
        int from = 0;
        while (m.find()) {
            if (inAnswer) {
                b.append(text.substring(from, m.start()).strip()).append('\n');
            }
            any = true;
            String marker = m.group(1) != null ? m.group(1) : m.group(2);
            inAnswer = marker.equals("答") || marker.equals("A");
            from = m.end();
        }
        if (inAnswer) {
            b.append(text.substring(from).strip()).append('\n');
        }
        return any ? b.toString() : text;
    }

    /**
     * One turn of a question-and-answer record: the investigator's question (empty when the answer has none before
     * it) and the answer, both without their marks.
     *
     * @param question the question this answer replies to, or empty
     * @param answer the answer
     */
    public record Turn(String question, String answer) {}

    /**
     * The answers of a record with the question each replies to, in order. A narrative (no 问/答 marks) is one turn
     * with no question.
     */
    public static List<Turn> turns(String text) {
        List<Turn> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        java.util.regex.Matcher m = QA_MARKER.matcher(text);
        String question = "";
        String marker = null;
        int from = 0;
        boolean any = false;
        while (m.find()) {
            any = true;
            if (marker != null) {
                String piece = text.substring(from, m.start()).strip();
                if (isAnswerMark(marker)) {
                    out.add(new Turn(question, piece));
                    question = "";
                } else {
                    question = piece;
                }
            }
            marker = m.group(1) != null ? m.group(1) : m.group(2);
            from = m.end();
        }
        if (!any) {
            out.add(new Turn("", text.strip()));
        } else if (marker != null && isAnswerMark(marker)) {
            out.add(new Turn(question, text.substring(from).strip()));
        }
        return out;
    }

    private static boolean isAnswerMark(String marker) {
        return marker.equals("答") || marker.equals("A");
    }

    /** 问：/答： anywhere; Q:/A: only at the start of a line (they are ordinary letters elsewhere). */
    private static final java.util.regex.Pattern QA_MARKER =
            java.util.regex.Pattern.compile("(?m)(问|答)[：:]|^\\s*(Q|A)[：:]");

    /** True when the text is in question-and-answer form. */
    public static boolean isQuestionAndAnswer(String text) {
        return text != null && (text.contains("答：") || text.contains("答:"));
    }
}
