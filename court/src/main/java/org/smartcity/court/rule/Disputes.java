package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.smartcity.court.casefile.EvidenceItem;

/**
 * The identity convention for contradictions. An item may state several values for one fact (the times around
 * the act, the value of each object and their sum, several events of a repeated offence); it agrees when one of
 * them does.
 *
 * <p>With a value in the offence, an item is <em>anchored</em> when one of its values agrees with the offence, and
 * <em>in dispute</em> when none agrees with the offence (nor with a part of it the offence states) and none agrees
 * with a value of an anchored item (which may be another event of the same offence that the anchored item also
 * tells). When some item is in dispute, the disputed and the anchored items are listed: every item stating a value
 * for the fact. Without a value in the offence, the items are in dispute when two of them have no value in common,
 * and then all are listed.
 */
final class Disputes {
    private Disputes() {}

    /**
     * The items in dispute with the value each is represented by (empty when none).
     *
     * @param stated values stated by each item, in file order; items with no value are absent
     * @param offence whether a value agrees with the offence as charged; null when the offence gives none
     * @param part whether a value agrees with a part of the offence its text states (explains, is not listed)
     * @param agree whether two values agree
     */
    static <V> Map<EvidenceItem, V> disputed(
            Map<EvidenceItem, List<V>> stated, Predicate<V> offence, Predicate<V> part, BiPredicate<V, V> agree) {
        return disputed(stated, offence, part, agree, true);
    }

    /**
     * Like {@link #disputed(Map, Predicate, Predicate, BiPredicate)}; with {@code viaAnchored} false a value agreeing
     * only with another value of an anchored item does not explain an item (an amount an item states as the whole
     * is not explained by one of the parts another item lists).
     */
    static <V> Map<EvidenceItem, V> disputed(
            Map<EvidenceItem, List<V>> stated,
            Predicate<V> offence,
            Predicate<V> part,
            BiPredicate<V, V> agree,
            boolean viaAnchored) {
        if (offence == null) {
            return betweenItems(stated, agree);
        }
        Map<EvidenceItem, V> anchored = new LinkedHashMap<>();
        stated.forEach((item, values) -> first(values, offence).ifPresent(v -> anchored.put(item, v)));
        Map<EvidenceItem, V> disputed = new LinkedHashMap<>();
        for (Map.Entry<EvidenceItem, List<V>> e : stated.entrySet()) {
            List<V> values = e.getValue();
            if (values.isEmpty() || anchored.containsKey(e.getKey())) {
                continue;
            }
            boolean explained = values.stream().anyMatch(part)
                    || viaAnchored
                            && values.stream()
                                    .anyMatch(v -> stated.entrySet().stream()
                                            .filter(o -> anchored.containsKey(o.getKey()))
                                            .anyMatch(o -> o.getValue().stream().anyMatch(w -> agree.test(v, w))));
            if (!explained) {
                disputed.put(e.getKey(), values.get(0));
            }
        }
        if (disputed.isEmpty()) {
            return Map.of();
        }
        Map<EvidenceItem, V> out = new LinkedHashMap<>();
        for (EvidenceItem item : stated.keySet()) {
            if (anchored.containsKey(item)) {
                out.put(item, anchored.get(item));
            } else if (disputed.containsKey(item)) {
                out.put(item, disputed.get(item));
            }
        }
        return out;
    }

    /** Like {@link #disputed(Map, Predicate, Predicate, BiPredicate)} when the offence states no parts. */
    static <V> Map<EvidenceItem, V> disputed(
            Map<EvidenceItem, List<V>> stated, Predicate<V> offence, BiPredicate<V, V> agree) {
        return disputed(stated, offence, v -> false, agree);
    }

    private static <V> Map<EvidenceItem, V> betweenItems(Map<EvidenceItem, List<V>> stated, BiPredicate<V, V> agree) {
        List<List<V>> all = new ArrayList<>(stated.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (!share(all.get(i), all.get(j), agree)) {
                    Map<EvidenceItem, V> out = new LinkedHashMap<>();
                    stated.forEach((item, values) -> {
                        if (!values.isEmpty()) {
                            out.put(item, values.get(0));
                        }
                    });
                    return out;
                }
            }
        }
        return Map.of();
    }

    private static <V> boolean share(List<V> a, List<V> b, BiPredicate<V, V> agree) {
        for (V x : a) {
            for (V y : b) {
                if (agree.test(x, y)) {
                    return true;
                }
            }
        }
        return a.isEmpty() || b.isEmpty();
    }

    private static <V> Optional<V> first(List<V> values, Predicate<V> p) {
        return values.stream().filter(p).findFirst();
    }

    /**
     * Appends each disputed item with the words its value rests on and the value read from them, e.g.
     * {@code 询问笔录 E2「一共两千八百元」（2800元）；}, to the Chinese and English messages.
     */
    static <V> void quote(
            ReviewContext ctx,
            Map<EvidenceItem, Stated<V>> disputed,
            java.util.function.Function<V, String> renderZh,
            java.util.function.Function<V, String> renderEn,
            StringBuilder zh,
            StringBuilder en) {
        disputed.forEach((item, s) -> {
            zh.append(ctx.label(item))
                    .append("「")
                    .append(s.quote())
                    .append("」（")
                    .append(renderZh.apply(s.value()))
                    .append("）；");
            en.append(item.id())
                    .append(" \"")
                    .append(s.quote())
                    .append("\" (")
                    .append(renderEn.apply(s.value()))
                    .append("); ");
        });
    }
}
