package org.smartcity.court.rule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.TimeSpan;
import org.smartcity.court.extract.TimeMention;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code time-contradiction}: items state different times for the offence — more than 2 hours apart as date-times
 * (23:50 and 00:10 the next day agree), or a bare date on a different day. An item's precise times (with an hour)
 * are used when it has any; an hour without part of day may mean either half of the day.
 */
public final class TimeContradictionRule implements Rule {
    private static final long TOLERANCE_MIN = 120;
    /** Hours after midnight that still belong to the night before. */
    private static final int SMALL_HOURS_END = 6;

    @Override
    public String id() {
        return "facts.time-consistent";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.TIME_CONTRADICTION;
    }

    @Override
    public String basis() {
        return "最高法关于适用刑事诉讼法的解释第一百三十九条、第一百四十条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        Map<EvidenceItem, List<Stated<TimeMention>>> stated = new LinkedHashMap<>();
        ctx.facts().offenceTimes().forEach((item, mentions) -> {
            List<Stated<TimeMention>> precise =
                    mentions.stream().filter(m -> m.value().hasTime()).toList();
            stated.put(item, precise.isEmpty() ? mentions : precise);
        });
        List<TimeMention> events = RepeatedEvents.of(ctx.caseFile().offence());
        if (!events.isEmpty()) {
            List<Finding> out = new java.util.ArrayList<>();
            for (TimeMention event : events) {
                Map<EvidenceItem, List<Stated<TimeMention>>> onDay = RepeatedEvents.onDayOf(stated, event);
                Map<EvidenceItem, Stated<TimeMention>> disputed =
                        Disputes.disputed(onDay, m -> agree(m.value(), event), (a, b) -> agree(a.value(), b.value()));
                if (!disputed.isEmpty()) {
                    out.add(finding(ctx, disputed));
                }
            }
            return out;
        }
        Predicate<Stated<TimeMention>> withOffence = ctx.caseFile()
                .offence()
                .time()
                .map(TimeContradictionRule::agreesWith)
                .map(p -> (Predicate<Stated<TimeMention>>) m -> p.test(m.value()))
                .orElse(null);
        Map<EvidenceItem, Stated<TimeMention>> disputed =
                Disputes.disputed(stated, withOffence, (a, b) -> agree(a.value(), b.value()));
        if (disputed.isEmpty()) {
            return List.of();
        }
        return List.of(finding(ctx, disputed));
    }

    private Finding finding(ReviewContext ctx, Map<EvidenceItem, Stated<TimeMention>> disputed) {
        StringBuilder zh = new StringBuilder("各证据对案发时间的记载不一致：");
        StringBuilder en = new StringBuilder("the items state different times of the offence: ");
        Disputes.quote(ctx, disputed, TimeContradictionRule::render, TimeContradictionRule::render, zh, en);
        ctx.caseFile().offence().time().ifPresent(t -> {
            zh.append("起诉事实为").append(t.startText());
            en.append("the offence as charged: ").append(t.startText());
        });
        return Finding.of(kind(), id(), basis())
                .evidence(disputed.keySet().stream().map(EvidenceItem::id).toList())
                .message(zh.toString(), en.toString())
                .build();
    }

    private static String render(TimeMention t) {
        String d = t.date() == null ? "" : t.date().toString();
        String h = t.minuteOfDay() == null
                ? ""
                : String.format(
                        java.util.Locale.ROOT,
                        "%s%02d:%02d",
                        d.isEmpty() ? "" : " ",
                        t.minuteOfDay() / 60,
                        t.minuteOfDay() % 60);
        return d + h;
    }

    /** Agreement with the offence's moment or interval (with the tolerance at both ends). */
    static Predicate<TimeMention> agreesWith(TimeSpan offence) {
        OffsetDateTime start = offence.start();
        OffsetDateTime end = offence.endOrStart().isBefore(start) ? start : offence.endOrStart();
        LocalDateTime from = start.toLocalDateTime().minusMinutes(TOLERANCE_MIN);
        LocalDateTime to =
                end.atZoneSameInstant(start.getOffset()).toLocalDateTime().plusMinutes(TOLERANCE_MIN);
        LocalDate firstDay = start.toLocalDate();
        LocalDate lastDay = end.atZoneSameInstant(start.getOffset()).toLocalDate();
        return m -> {
            if (m.hasDate() && m.hasTime()) {
                return m.readings().stream().anyMatch(r -> !r.isBefore(from) && !r.isAfter(to));
            }
            if (m.hasDate()) {
                boolean nightBefore =
                        start.getHour() < SMALL_HOURS_END && m.date().equals(firstDay.minusDays(1));
                return nightBefore || (!m.date().isBefore(firstDay) && !m.date().isAfter(lastDay));
            }
            if (Duration.between(start, end).toHours() >= 22) {
                return true;
            }
            int s = start.getHour() * 60 + start.getMinute();
            int e = s + (int) Duration.between(start, end).toMinutes();
            return m.minuteReadings().stream().anyMatch(x -> cyclicWithin(x, s, e));
        };
    }

    private static boolean cyclicWithin(int minute, int from, int to) {
        for (int shift = -1440; shift <= 1440; shift += 1440) {
            int x = minute + shift;
            if (x >= from - TOLERANCE_MIN && x <= to + TOLERANCE_MIN) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare date agrees with a time on that day, or in the small hours of the next (a victim's {@code 昨晚}
     * covers 3 a.m.).
     */
    private static boolean sameNight(TimeMention bare, TimeMention other) {
        if (bare.date().equals(other.date())) {
            return true;
        }
        return other.hasTime()
                && other.minuteOfDay() < SMALL_HOURS_END * 60
                && bare.date().equals(other.date().minusDays(1));
    }

    static boolean agree(TimeMention a, TimeMention b) {
        if (a.hasDate() && a.hasTime() && b.hasDate() && b.hasTime()) {
            for (LocalDateTime x : a.readings()) {
                for (LocalDateTime y : b.readings()) {
                    if (Math.abs(Duration.between(x, y).toMinutes()) <= TOLERANCE_MIN) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (a.hasDate() && b.hasDate() && (!a.hasTime() || !b.hasTime())) {
            return sameNight(a, b) || sameNight(b, a);
        }
        if (a.hasTime() && b.hasTime()) {
            for (int x : a.minuteReadings()) {
                for (int y : b.minuteReadings()) {
                    if (cyclicWithin(x, y, y)) {
                        return true;
                    }
                }
            }
            return false;
        }
        return true;
    }
}
