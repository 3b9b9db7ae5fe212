package org.smartcity.court.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartcity.court.frame.AmountBinder;
import org.smartcity.court.frame.AmountFrame;
import org.smartcity.court.frame.AmountRole;
import org.smartcity.court.frame.Event;
import org.smartcity.court.frame.FactFrame;
import org.smartcity.court.frame.FrameReader;
import org.smartcity.court.frame.PropertyObjects;

/**
 * What the offence took, object by object: the kinds of property its text names ({@code 现金800元、金项链一条}), how
 * many of each, the value it states for each, and the total ({@code amount_cny}). When the total is known and the
 * value of exactly one kind is not, that value is the total less the others ({@code 金项链一条、现金800元，合计3200元}:
 * the necklace is 2400). Decides which amount of an item can be compared with the offence: like with like (issue
 * 16). Immutable once built.
 */
final class OffenceProperty {
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, BigDecimal> stated = new LinkedHashMap<>();
    private final Map<String, BigDecimal> derived = new LinkedHashMap<>();

    /**
     * Reads the offence.
     *
     * @param text the offence's text
     * @param total the offence's {@code amount_cny}, if any
     * @param events the events whose clauses tell what was taken
     */
    OffenceProperty(String text, Optional<BigDecimal> total, Set<Event> events) {
        List<FactFrame> frames = FrameReader.read(text).stream()
                .filter(f -> events.contains(f.event()))
                .toList();
        for (FactFrame f : frames) {
            List<PropertyObjects.Mention> ms = heads(PropertyObjects.in(f.text()));
            for (PropertyObjects.Mention m : ms) {
                counts.merge(m.object(), PropertyObjects.count(f.text(), m), Math::max);
            }
        }
        for (AmountFrame a : AmountBinder.bind(frames, text)) {
            if (a.role() == AmountRole.VALUE && a.object() != null && a.amount().isExact()) {
                stated.putIfAbsent(a.object(), a.amount().value());
            }
        }
        if (total.isPresent() && counts.size() >= 2) {
            List<String> unknown =
                    counts.keySet().stream().filter(o -> !stated.containsKey(o)).toList();
            if (unknown.size() == 1) {
                BigDecimal rest = total.get();
                for (BigDecimal v : stated.values()) {
                    rest = rest.subtract(v);
                }
                if (rest.signum() > 0) {
                    derived.put(unknown.get(0), rest);
                }
            }
        }
    }

    /** Of two objects named back to back ({@code 电动自行车锂电池}) the second is the thing, the first qualifies it. */
    private static List<PropertyObjects.Mention> heads(List<PropertyObjects.Mention> ms) {
        List<PropertyObjects.Mention> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            boolean qualifier =
                    i + 1 < ms.size() && ms.get(i + 1).start() == ms.get(i).end();
            if (!qualifier) {
                out.add(ms.get(i));
            }
        }
        return out;
    }

    /**
     * Whether an item's amount can be compared with the offence's total or its parts: a total, an amount bound to
     * no object, or one bound to an object when the offence names no objects, are; an amount of an object the
     * offence does not name is not (it is about something else); of the offence's only object, when the counts
     * agree (one battery's value is not the value of three); of one of several objects, only when the offence
     * states or implies that object's value.
     */
    boolean comparable(AmountFrame a) {
        if (a.role() == AmountRole.UNIT) {
            return false;
        }
        if (a.role() == AmountRole.TOTAL || a.object() == null || counts.isEmpty()) {
            return true;
        }
        if (!counts.containsKey(a.object())) {
            return false;
        }
        if (counts.size() == 1) {
            int n = counts.get(a.object());
            return n <= 1 || a.count() == n;
        }
        return stated.containsKey(a.object()) || derived.containsKey(a.object());
    }

    /** The values the offence states or implies for its objects (the parts an item may state alone). */
    List<BigDecimal> partValues() {
        List<BigDecimal> out = new ArrayList<>(stated.values());
        out.addAll(derived.values());
        return out;
    }
}
