package org.smartcity.court.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.smartcity.court.extract.DateTimeExtractor;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.extract.QuantityExtractor;
import org.smartcity.court.extract.TimeMention;
import org.smartcity.court.frame.AmountRole;
import org.smartcity.court.frame.Event;
import org.smartcity.court.frame.FactFrame;

/**
 * Reading measured quantities (drug weights, blood alcohol) from an item's frames, and choosing the frames of an
 * arrival report that tell the act. Stateless.
 */
final class MeasureReading {
    private MeasureReading() {}

    /** The weights of a clause that are no unit ({@code 每次一两克}, {@code 一个袋子装1克}) and no gross weight. */
    static List<Quantity> weights(String clause) {
        if (clause.contains("毛重")) {
            return List.of();
        }
        return QuantityExtractor.weight(clause).stream()
                .filter(q -> AmountRole.of(clause, q.start(), q.end()) != AmountRole.UNIT)
                .toList();
    }

    /**
     * The weights of a clause about the whole of an offence spanning several days: a clause that dates its weight to
     * one day ({@code 6月3号1克卖了150元}) tells one deal of the series, a part, and states no weight of the whole.
     * {@code lastDay} is the offence's last day, for dates without a year.
     */
    static List<Quantity> weightsOfSeries(String clause, LocalDate lastDay) {
        boolean dated = DateTimeExtractor.extract(clause, lastDay).stream().anyMatch(TimeMention::hasDate);
        return dated ? List.of() : weights(clause);
    }

    /** What {@code extractor} finds in the frames about {@code events}, each with its clause. */
    static List<Stated<Quantity>> quantities(
            List<FactFrame> frames, Set<Event> events, Function<String, List<Quantity>> extractor) {
        List<Stated<Quantity>> out = new ArrayList<>();
        for (FactFrame fr : frames) {
            if (events.contains(fr.event())) {
                extractor.apply(fr.text()).forEach(q -> out.add(new Stated<>(q, fr.text())));
            }
        }
        return out;
    }

    /**
     * The frames of the sentences that tell the offence itself: a clause names the act ({@code 被人殴打}) and no
     * clause is about a side event. An arrival report tells mostly the arrest; only such sentences of it are read.
     */
    static List<FactFrame> offenceSentences(List<FactFrame> frames) {
        Set<Integer> told = new HashSet<>();
        Set<Integer> side = new HashSet<>();
        for (FactFrame f : frames) {
            if (f.event() == Event.OFFENCE && f.cued()) {
                told.add(f.sentence());
            } else if (f.event() != Event.OFFENCE) {
                side.add(f.sentence());
            }
        }
        told.removeAll(side);
        return frames.stream().filter(f -> told.contains(f.sentence())).toList();
    }
}
