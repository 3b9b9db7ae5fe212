package org.smartcity.app.web.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Times as people read them, in the court's zone (Asia/Shanghai): {@code 2024年3月9日 21:40} in Chinese,
 * {@code 9 Mar 2024 21:40} in English. Stateless.
 */
public final class Times {
    /** The zone every time on the pages is shown in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Times() {}

    /** An instant (epoch milliseconds) in the court's zone. */
    public static String of(long epoch_ms, boolean zh) {
        return (zh ? ZH : EN).format(Instant.ofEpochMilli(epoch_ms).atZone(ZONE));
    }

    /**
     * A time written in a case file ({@code 2025-03-02T08:10:00+08:00}, {@code 2025-03-02T08:10}, {@code 2025-03-02})
     * in the court's zone; text that is none of these is returned as it was written.
     */
    public static String ofText(String text, boolean zh) {
        String s = text.strip();
        try {
            return (zh ? ZH : EN).format(OffsetDateTime.parse(s).atZoneSameInstant(ZONE));
        } catch (DateTimeParseException e) {
            // not an instant with an offset: try a local time, then a day
        }
        try {
            return (zh ? ZH : EN).format(LocalDateTime.parse(s));
        } catch (DateTimeParseException e) {
            // not a local time
        }
        try {
            return (zh ? ZH_DAY : EN_DAY).format(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
