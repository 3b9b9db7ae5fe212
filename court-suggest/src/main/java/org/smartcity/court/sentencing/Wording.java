package org.smartcity.court.sentencing;

import java.util.Objects;

/**
 * One sentence of the sentencing reference in the two languages the workspace shows, so that a page in one language
 * never carries the other. Immutable.
 *
 * @param zh the sentence in Chinese; not null
 * @param en the same sentence in English; not null
 */
public record Wording(String zh, String en) {
    public Wording {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** The sentence in Chinese when {@code chinese}, else in English. */
    public String in(boolean chinese) {
        return chinese ? zh : en;
    }
}
