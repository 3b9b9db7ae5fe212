package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.smartcity.court.casefile.EvidenceItem;

/**
 * The identity convention for contradictions: each item stating a value for a fact is represented by the value it
 * states that agrees with the offence (an item may mention several, e.g. the times around the act), else by its
 * first. If two items disagree with each other, every item stating a value is in dispute; if all agree with each
 * other but some disagree with the offence, those are.
 */
final class Disputes {
    private Disputes() {}

    /**
     * The items in dispute (empty when none).
     *
     * @param stated values stated by each item, in file order; items with no value are absent
     * @param agreesWithOffence whether a value agrees with the offence as charged; null when the offence gives none
     * @param agree whether two values agree
     */
    static <V> Map<EvidenceItem, V> disputed(
            Map<EvidenceItem, List<V>> stated, Predicate<V> agreesWithOffence, BiPredicate<V, V> agree) {
        Map<EvidenceItem, V> reps = new LinkedHashMap<>();
        for (Map.Entry<EvidenceItem, List<V>> e : stated.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            V rep = e.getValue().get(0);
            if (agreesWithOffence != null) {
                for (V v : e.getValue()) {
                    if (agreesWithOffence.test(v)) {
                        rep = v;
                        break;
                    }
                }
            }
            reps.put(e.getKey(), rep);
        }
        List<V> values = new ArrayList<>(reps.values());
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (!agree.test(values.get(i), values.get(j))) {
                    return reps;
                }
            }
        }
        Map<EvidenceItem, V> out = new LinkedHashMap<>();
        if (agreesWithOffence != null) {
            reps.forEach((item, v) -> {
                if (!agreesWithOffence.test(v)) {
                    out.put(item, v);
                }
            });
        }
        return out;
    }
}
