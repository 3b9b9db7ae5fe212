package org.smartcity.court.frame;

import java.util.Objects;
import org.smartcity.court.extract.Quantity;

/**
 * An amount of money bound to what it is about: the event of its clause, its role (a unit price, a total, a value)
 * and the object it is the value of. Immutable.
 *
 * @param amount the amount, offsets within {@code clause}
 * @param role unit price, total or value
 * @param object the object ({@code facts/objects.txt} name) it is the value of; null when it is the whole loss or
 *     could not be bound
 * @param count how many of the object the item counts where the amount is stated (0: no count stated)
 * @param event the event of the clause the amount stands in
 * @param clause the clause's words, for quoting
 */
public record AmountFrame(Quantity amount, AmountRole role, String object, int count, Event event, String clause) {
    public AmountFrame {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(clause, "clause");
    }
}
