package org.smartcity.court.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A date and/or time of day found in text. Immutable.
 *
 * @param date the calendar date, {@code null} when the text gives none (a bare {@code 晚上8点})
 * @param minuteOfDay minutes after midnight, {@code null} for a bare date
 * @param halfDayAmbiguous true when an hour of 1–12 had no part-of-day word, so it may also mean 12 hours later
 * @param start character offset in the text
 * @param end offset just after the mention
 */
public record TimeMention(LocalDate date, Integer minuteOfDay, boolean halfDayAmbiguous, int start, int end) {

    public boolean hasTime() {
        return minuteOfDay != null;
    }

    public boolean hasDate() {
        return date != null;
    }

    /**
     * The readings of the mention: one, or two when the half of the day is ambiguous (three for twelve o'clock: noon,
     * and the midnights before and after it). Needs a date and a time.
     */
    public List<LocalDateTime> readings() {
        List<LocalDateTime> out = new ArrayList<>(2);
        if (date == null || minuteOfDay == null) {
            return out;
        }
        out.add(date.atTime(LocalTime.MIDNIGHT).plusMinutes(minuteOfDay));
        if (halfDayAmbiguous) {
            out.add(date.atTime(LocalTime.MIDNIGHT).plusMinutes(minuteOfDay + 12L * 60));
            if (minuteOfDay >= 12 * 60) {
                // 十二点多 may also be just past the midnight that began the day (10月19号凌晨…十二点多)
                out.add(date.atTime(LocalTime.MIDNIGHT).plusMinutes(minuteOfDay - 12L * 60));
            }
        }
        return out;
    }

    /** Minutes after midnight of each reading (one or two). Needs a time. */
    public List<Integer> minuteReadings() {
        List<Integer> out = new ArrayList<>(2);
        if (minuteOfDay == null) {
            return out;
        }
        out.add(minuteOfDay);
        if (halfDayAmbiguous) {
            out.add(minuteOfDay + 12 * 60);
        }
        return out;
    }
}
