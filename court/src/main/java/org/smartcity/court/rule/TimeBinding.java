package org.smartcity.court.rule;

import java.util.List;
import org.smartcity.court.frame.FactFrame;

/**
 * Which frame's event a time belongs to. In Chinese the time comes first and the predicate follows
 * ({@code 今天晚上8点左右，我们出门散步}; {@code 次日早上7点回来，发现门锁被撬}): a time in a clause whose own words name
 * no event is the time of the clause right after it in the same sentence when that one names its event. A victim's
 * leaving and coming home bracket the act; they are not its time. Only the next clause is looked at: further on,
 * the sentence may have moved to what followed the act. Otherwise the time stays with its own clause (about the
 * offence unless carried over). Stateless.
 */
final class TimeBinding {
    private TimeBinding() {}

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
