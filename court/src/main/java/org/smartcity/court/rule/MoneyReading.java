package org.smartcity.court.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.frame.AmountBinder;
import org.smartcity.court.frame.AmountFrame;
import org.smartcity.court.frame.AmountRole;
import org.smartcity.court.frame.Event;
import org.smartcity.court.frame.FactFrame;

/**
 * The amounts of money an item states for the offence, read from its bound {@link AmountFrame}s: only those about
 * the offence (their clause's event), and only those the {@link OffenceProperty} finds comparable (no unit prices,
 * no value of an object the offence did not take, no value of one of several objects whose value the offence does
 * not state). When an item states totals, it is represented by them alone; else by its values and, when there are
 * several exact ones, their sum as a further reading. Stateless.
 */
final class MoneyReading {
    private MoneyReading() {}

    /**
     * @param frames the item's frames (questions included: they bind an answer's amount to its object)
     * @param itemText the item's text
     * @param events the events whose amounts are about the offence
     * @param offence what the offence took
     */
    private static final java.util.regex.Pattern DENIAL = java.util.regex.Pattern.compile("(?:没有|没|不是|并非|哪有)$");

    /**
     * An amount the clause denies ({@code 没有3,200元那么多}, {@code 不是三千}) states no value; an upper bound
     * ({@code 不到三百}) is read by the extractor and stays.
     */
    private static boolean denied(AmountFrame a) {
        int at = Math.max(0, Math.min(a.amount().start(), a.clause().length()));
        String rest = a.clause().substring(at);
        return DENIAL.matcher(a.clause().substring(0, at)).find()
                || (rest.startsWith("没有") || rest.startsWith("没")) && rest.endsWith("那么多");
    }

    /**
     * The clause ends by telling that the money was not taken ({@code 柜子里还有三百块钱没动}, {@code 有几百块钱我没拿},
     * {@code 两千块现金还在}): money left behind, not the loss. The negated taking must end the clause, so that
     * {@code 拿了两千块没拿手机} still states the loss.
     */
    private static final java.util.regex.Pattern LEFT_BEHIND = java.util.regex.Pattern.compile(
            "^[^，,。；;]*?(?:(?:没有?|未|并未|都没|也没)被?(?:动|拿|偷|抢|碰|要|少|丢|带)(?:走|着|过|了)?|还在|原封未动|分文未动)" + "[了呢啊的]?\\s*$");

    private static boolean leftBehind(AmountFrame a) {
        int end = Math.max(0, Math.min(a.amount().end(), a.clause().length()));
        return LEFT_BEHIND.matcher(a.clause().substring(end)).find();
    }

    static List<Stated<Quantity>> read(
            List<FactFrame> frames, String itemText, Set<Event> events, OffenceProperty offence) {
        List<Stated<Quantity>> totals = new ArrayList<>();
        List<Stated<Quantity>> values = new ArrayList<>();
        for (AmountFrame a : AmountBinder.bind(frames, itemText)) {
            if (!events.contains(a.event()) || !offence.comparable(a) || denied(a) || leftBehind(a)) {
                continue;
            }
            Stated<Quantity> s = new Stated<>(a.amount(), a.clause());
            if (a.role() == AmountRole.TOTAL) {
                totals.add(s);
            } else {
                values.add(s);
            }
        }
        if (!totals.isEmpty()) {
            // the totals alone: a part (one transfer of several) must not pass for the whole
            return totals;
        }
        if (values.size() >= 2 && values.stream().allMatch(v -> v.value().isExact())) {
            BigDecimal sum = values.stream().map(v -> v.value().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Stated<Quantity>> out = new ArrayList<>(values);
            out.add(new Stated<>(Quantity.exact(sum, 0, 0), "合计"));
            return out;
        }
        return values;
    }
}
