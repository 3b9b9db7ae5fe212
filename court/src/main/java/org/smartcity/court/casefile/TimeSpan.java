package org.smartcity.court.casefile;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A moment or an interval of the case file: a JSON string holding an ISO-8601 date-time with offset, or an object
 * {@code {"start": …, "end": …}}. Immutable.
 *
 * <p>The original spelling of both ends is kept so that writing the file back yields the same text (ISO-8601 allows
 * several spellings of one instant). An interval may have its end before its start: that is a fact the review
 * reports ({@code time-invalid}), not a reading error.
 */
public final class TimeSpan {
    private final OffsetDateTime start;
    private final OffsetDateTime end;
    private final String startText;
    private final String endText;
    private final boolean interval;

    private TimeSpan(OffsetDateTime start, String startText, OffsetDateTime end, String endText, boolean interval) {
        this.start = Objects.requireNonNull(start, "start");
        this.startText = Objects.requireNonNull(startText, "startText");
        this.end = end;
        this.endText = endText;
        this.interval = interval;
    }

    /** A single moment. */
    public static TimeSpan at(OffsetDateTime moment) {
        return new TimeSpan(moment, moment.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), null, null, false);
    }

    /** An interval; {@code end} may be {@code null} for an open interval written as an object. */
    public static TimeSpan between(OffsetDateTime start, OffsetDateTime end) {
        return new TimeSpan(
                start,
                start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                end,
                end == null ? null : end.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                true);
    }

    /**
     * Parses the spelling used in the file.
     *
     * @throws java.time.format.DateTimeParseException when a text is not an ISO-8601 date-time with offset
     */
    public static TimeSpan parse(String startText, String endText, boolean interval) {
        OffsetDateTime s = OffsetDateTime.parse(startText);
        OffsetDateTime e = endText == null ? null : OffsetDateTime.parse(endText);
        return new TimeSpan(s, startText, e, endText, interval);
    }

    public OffsetDateTime start() {
        return start;
    }

    /** The end of an interval; empty for a moment or an open interval. */
    public Optional<OffsetDateTime> end() {
        return Optional.ofNullable(end);
    }

    /** The end when there is one, else the start. */
    public OffsetDateTime endOrStart() {
        return end == null ? start : end;
    }

    /** True when written as an object with {@code start}/{@code end}. */
    public boolean isInterval() {
        return interval;
    }

    public String startText() {
        return startText;
    }

    public Optional<String> endText() {
        return Optional.ofNullable(endText);
    }

    /** Length of the interval; zero for a moment; negative when the end precedes the start. */
    public Duration duration() {
        return end == null ? Duration.ZERO : Duration.between(start, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSpan t
                && t.startText.equals(startText)
                && Objects.equals(t.endText, endText)
                && t.interval == interval;
    }

    @Override
    public int hashCode() {
        return Objects.hash(startText, endText, interval);
    }

    @Override
    public String toString() {
        return interval ? startText + "/" + (endText == null ? "" : endText) : startText;
    }
}
