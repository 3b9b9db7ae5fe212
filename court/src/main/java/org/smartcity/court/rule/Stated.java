package org.smartcity.court.rule;

import java.util.Objects;

/**
 * A value an item states and the words it states it in (a clause of its text, or the {@code facts} field), so
 * that a finding can quote what it rests on. Immutable.
 *
 * @param value the value read
 * @param quote the words it was read from
 */
record Stated<V>(V value, String quote) {
    Stated {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(quote, "quote");
    }
}
