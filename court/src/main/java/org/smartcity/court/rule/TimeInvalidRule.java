package org.smartcity.court.rule;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.TimeSpan;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code time-invalid}: an item whose end precedes its start; an item (other than the case registration and prior
 * records) made before the offence started; one investigator recorded in two different places at overlapping
 * times (one finding naming both items). One finding per item otherwise.
 */
public final class TimeInvalidRule implements Rule {
    private static final String[] ROOM_SUFFIXES = {"讯问室", "询问室", "办案区", "接待室", "会议室", "值班室", "办公室", "审讯室", "候问室"};

    @Override
    public String id() {
        return "record.time-valid";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.TIME_INVALID;
    }

    @Override
    public String basis() {
        return "最高法关于适用刑事诉讼法的解释第九十四条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        Map<String, Finding> out = new LinkedHashMap<>();
        OffsetDateTime offence = ctx.offenceStart().orElse(null);
        List<EvidenceItem> items = ctx.caseFile().evidence();
        for (EvidenceItem e : items) {
            if (e.time().isEmpty()) {
                continue;
            }
            TimeSpan t = e.time().get();
            if (t.end().isPresent() && t.end().get().isBefore(t.start())) {
                add(out, e, ctx.label(e) + " 的结束时间早于开始时间", ctx.label(e) + " ends before it starts", List.of());
                continue;
            }
            if (offence != null
                    && !e.is(EvidenceKind.CASE_REGISTRATION)
                    && !e.is(EvidenceKind.PRIOR_RECORD)
                    && t.start().isBefore(offence)) {
                add(
                        out,
                        e,
                        ctx.label(e) + " 的制作时间（" + t.startText() + "）早于案发时间",
                        ctx.label(e) + " is dated " + t.startText() + ", before the offence",
                        List.of());
            }
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                EvidenceItem a = items.get(i);
                EvidenceItem b = items.get(j);
                String shared = sharedInvestigator(ctx, a, b);
                if (shared == null || !overlap(a, b) || samePlace(a, b)) {
                    continue;
                }
                String who = ctx.nameOf(shared);
                String zh = "侦查人员" + who + "在重叠时间内出现在两处：" + ctx.label(a) + "、" + ctx.label(b);
                String en = "investigator " + shared + " is recorded in two places at overlapping times: " + a.id()
                        + ", " + b.id();
                // one finding naming both items (the specification's identity for an overlap)
                out.putIfAbsent(
                        a.id() + "+" + b.id(),
                        Finding.of(kind(), id(), basis())
                                .evidence(a.id(), b.id())
                                .persons(List.of(shared))
                                .message(zh, en)
                                .build());
            }
        }
        return List.copyOf(out.values());
    }

    private void add(Map<String, Finding> out, EvidenceItem e, String zh, String en, List<String> persons) {
        out.putIfAbsent(
                e.id(),
                Finding.of(kind(), id(), basis())
                        .evidence(e.id())
                        .persons(persons)
                        .message(zh, en)
                        .build());
    }

    private static String sharedInvestigator(ReviewContext ctx, EvidenceItem a, EvidenceItem b) {
        Set<String> ia = Items.investigators(ctx.caseFile(), a);
        for (String id : Items.investigators(ctx.caseFile(), b)) {
            if (ia.contains(id)) {
                return id;
            }
        }
        return null;
    }

    /** True when the time spans share more than a moment and at least one is an interval of positive length. */
    private static boolean overlap(EvidenceItem a, EvidenceItem b) {
        if (a.time().isEmpty() || b.time().isEmpty()) {
            return false;
        }
        TimeSpan x = a.time().get();
        TimeSpan y = b.time().get();
        if (x.duration().isNegative() || y.duration().isNegative()) {
            return false;
        }
        if (x.duration().isZero() && y.duration().isZero()) {
            return false;
        }
        return x.start().isBefore(y.endOrStart()) && y.start().isBefore(x.endOrStart());
    }

    private static boolean samePlace(EvidenceItem a, EvidenceItem b) {
        if (a.place().isEmpty() || b.place().isEmpty()) {
            return true;
        }
        String p = normalise(a.place().get());
        String q = normalise(b.place().get());
        return p.contains(q) || q.contains(p);
    }

    private static String normalise(String place) {
        String p = place.strip();
        for (String s : ROOM_SUFFIXES) {
            if (p.endsWith(s)) {
                return p.substring(0, p.length() - s.length());
            }
        }
        return p;
    }
}
