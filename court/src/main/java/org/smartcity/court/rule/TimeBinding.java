package org.smartcity.court.rule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smartcity.court.extract.DateTimeExtractor;
import org.smartcity.court.extract.PlaceExtractor;
import org.smartcity.court.extract.PlaceMention;
import org.smartcity.court.extract.TimeMention;
import org.smartcity.court.frame.Event;
import org.smartcity.court.frame.FactFrame;

/**
 * Which frame's event a time belongs to. In Chinese the time comes first and the predicate follows
 * ({@code 今天晚上8点左右，我们出门散步}; {@code 次日早上7点回来，发现门锁被撬}): a time in a clause whose own words name
 * no event is the time of the clause right after it in the same sentence when that one names its event. A victim's
 * leaving and coming home bracket the act; they are not its time. Only the next clause is looked at: further on,
 * the sentence may have moved to what followed the act. Otherwise the time stays with its own clause (about the
 * offence unless carried over). When the victim is present at the act (robbery, injury, pickpocketing), a routine
 * time in a sentence that names the offence's road is the act's time: he was at the scene then (passed as
 * {@code scene}). Stateless.
 */
final class TimeBinding {
    private TimeBinding() {}

    /**
     * The times of the offence an item's text states: each time whose frame (see {@link #eventFrame}) is about one
     * of {@code events}, with that frame's words. A date more than a year before the offence is a person's history (a
     * birth date, a purchase, a prior conviction) whatever words surround it, not a different time of the act.
     *
     * @param recordStart when the record was made (for 今天, 昨晚 …), may be null
     * @param offenceDay the offence's first day, may be null
     * @param offenceLastDay the offence's last day (the same for a point in time), may be null
     */
    static List<Stated<TimeMention>> read(
            List<FactFrame> frames,
            String text,
            LocalDateTime recordStart,
            LocalDate offenceDay,
            LocalDate offenceLastDay,
            Set<Event> events,
            PlaceMention scene) {
        List<Stated<TimeMention>> out = new ArrayList<>();
        for (TimeMention t : DateTimeExtractor.extract(text, recordStart, offenceDay, offenceLastDay)) {
            FactFrame at = eventFrame(frames, t.start());
            boolean history = offenceDay != null && t.date() != null && t.date().isBefore(offenceDay.minusYears(1));
            boolean about = at != null
                    && (events.contains(at.event())
                            || at.event() == Event.ROUTINE
                                    && scene != null
                                    && namesScene(frames, at.sentence(), scene));
            if (about && !history && !deadline(frames, t.start())) {
                out.add(new Stated<>(t, at.text()));
            }
        }
        return out;
    }

    /**
     * True when a clause of the sentence (no question) names a road of the offence's place: the person was at the
     * scene ({@code 今天早上8点10分左右，我坐公交车去上班，车在中山东路上}).
     */
    private static boolean namesScene(List<FactFrame> frames, int sentence, PlaceMention scene) {
        if (scene.roads().isEmpty()) {
            return false;
        }
        for (FactFrame f : frames) {
            if (f.sentence() != sentence || f.event() == Event.QUESTION) {
                continue;
            }
            PlaceMention p = PlaceExtractor.ofClause(f.text());
            if (!p.roads().isEmpty() && !p.disagreesWith(scene)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NOT_YET = java.util.regex.Pattern.compile("还没|还未|尚未|仍未|仍没|都没");

    /**
     * Whether the time at {@code offset} is a deadline by which something had not happened ({@code 到9月5号还没发}):
     * its clause says "not yet" after it, so it dates no event.
     */
    private static boolean deadline(List<FactFrame> frames, int offset) {
        for (FactFrame f : frames) {
            if (offset >= f.start() && offset < f.end()) {
                return NOT_YET.matcher(f.text().substring(offset - f.start())).find();
            }
        }
        return false;
    }

    /**
     * The frame whose event the time at {@code offset} of the item's text belongs to, or null when the offset is in
     * no frame.
     */
    static FactFrame eventFrame(List<FactFrame> frames, int offset) {
        for (int i = 0; i < frames.size(); i++) {
            FactFrame f = frames.get(i);
            if (offset < f.start() || offset >= f.end()) {
                continue;
            }
            if (f.cued()) {
                return f;
            }
            boolean next = i + 1 < frames.size() && frames.get(i + 1).sentence() == f.sentence();
            return next && frames.get(i + 1).cued() ? frames.get(i + 1) : f;
        }
        return null;
    }
}
