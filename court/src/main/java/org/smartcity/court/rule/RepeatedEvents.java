package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartcity.court.casefile.Offence;
import org.smartcity.court.extract.DateTimeExtractor;
import org.smartcity.court.extract.TimeMention;

/**
 * The events of a repeated offence: when the offence's text states the date and hour of two or more acts on
 * different days ({@code 5月3日2时许…；5月10日1时许…}), each act's time is a fact of its own, compared only with what the
 * items state for that day. Stateless.
 */
final class RepeatedEvents {
    private RepeatedEvents() {}

    /** The acts' times, one per day, in text order; empty when the text states fewer than two days with an hour. */
    static List<TimeMention> of(Offence offence) {
        // the last day of the offence: a date without a year is read as the latest such date up to it
        var day = offence.time().map(t -> t.endOrStart().toLocalDate()).orElse(null);
        Map<java.time.LocalDate, TimeMention> byDay = new LinkedHashMap<>();
        for (TimeMention t : DateTimeExtractor.extract(offence.text(), day)) {
            if (t.hasDate() && t.hasTime()) {
                byDay.putIfAbsent(t.date(), t);
            }
        }
        return byDay.size() >= 2 ? List.copyOf(byDay.values()) : List.of();
    }

    /** Each item's values dated on the act's day; items with none are left out. */
    static Map<org.smartcity.court.casefile.EvidenceItem, List<Stated<TimeMention>>> onDayOf(
            Map<org.smartcity.court.casefile.EvidenceItem, List<Stated<TimeMention>>> stated, TimeMention event) {
        Map<org.smartcity.court.casefile.EvidenceItem, List<Stated<TimeMention>>> out = new LinkedHashMap<>();
        stated.forEach((item, values) -> {
            List<Stated<TimeMention>> same = new ArrayList<>();
            for (Stated<TimeMention> v : values) {
                if (v.value().hasDate() && v.value().date().equals(event.date())) {
                    same.add(v);
                }
            }
            if (!same.isEmpty()) {
                out.put(item, same);
            }
        });
        return out;
    }
}
