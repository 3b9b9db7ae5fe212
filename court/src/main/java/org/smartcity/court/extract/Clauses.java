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
        String[] lines = text.split("\n");
        StringBuilder b = new StringBuilder();
        boolean any = false;
        for (String line : lines) {
            String l = line.strip();
            if (l.startsWith("问：") || l.startsWith("问:")) {
                any = true;
                continue;
            }
            if (l.startsWith("答：") || l.startsWith("答:") || l.startsWith("A:") || l.startsWith("A：")) {
                any = true;
                b.append(l.substring(2)).append('\n');
            }
        }
        return any ? b.toString() : text;
    }

    /** True when the text is in question-and-answer form. */
    public static boolean isQuestionAndAnswer(String text) {
        return text != null && (text.contains("答：") || text.contains("答:"));
    }
}
