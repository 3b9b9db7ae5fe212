package org.smartcity.court.frame;

import java.util.Objects;

/**
 * One clause of an item's text and the event it is about. Immutable.
 *
 * @param event what the clause is about; {@link Event#QUESTION} for an investigator's question
 * @param text the clause without its punctuation
 * @param start offset of the clause in the item's text
 * @param cued true when the clause's own words name its event (a cue), false when it was carried over or defaulted
 * @param sentence the number of the sentence (counted from 0 in the item's text) the clause belongs to
 */
public record FactFrame(Event event, String text, int start, boolean cued, int sentence) {
    public FactFrame {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(text, "text");
    }

    /** Offset just after the clause in the item's text. */
    public int end() {
        return start + text.length();
    }
}
