package org.smartcity.court.frame;

import java.util.Objects;

/**
 * One clause of an item's text and the event it is about. Immutable.
 *
 * @param event what the clause is about; {@link Event#QUESTION} for an investigator's question
 * @param text the clause without its punctuation
 * @param start offset of the clause in the item's text
 */
public record FactFrame(Event event, String text, int start) {
    public FactFrame {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(text, "text");
    }

    /** Offset just after the clause in the item's text. */
    public int end() {
        return start + text.length();
    }
}
