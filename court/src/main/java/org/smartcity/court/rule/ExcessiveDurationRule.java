package org.smartcity.court.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code excessive-duration}: one interrogation lasting more than 24 hours, or more than 12 hours when its text
 * mentions neither 拘留 nor 逮捕 (detention or arrest allows 24).
 */
public final class ExcessiveDurationRule implements Rule {
    private static final Duration NORMAL = Duration.ofHours(12);
    private static final Duration DETAINED = Duration.ofHours(24);

    @Override
    public String id() {
        return "interrogation.duration";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.EXCESSIVE_DURATION;
    }

    @Override
    public String basis() {
        return "刑事诉讼法第一百一十九条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (EvidenceItem e : ctx.caseFile().itemsOfKind(EvidenceKind.INTERROGATION_RECORD)) {
            if (e.time().isEmpty()) {
                continue;
            }
            Duration d = e.time().get().duration();
            boolean detained = e.text().contains("拘留") || e.text().contains("逮捕");
            Duration limit = detained ? DETAINED : NORMAL;
            if (d.compareTo(limit) <= 0) {
                continue;
            }
            long minutes = d.toMinutes();
            String length = minutes / 60 + "小时" + (minutes % 60 == 0 ? "" : minutes % 60 + "分");
            out.add(Finding.of(kind(), id(), basis())
                    .evidence(e.id())
                    .person(e.subject().orElse(null))
                    .message(
                            ctx.label(e) + " 连续讯问" + length + "，超过" + limit.toHours() + "小时",
                            ctx.labelEn(e) + " lasted " + minutes / 60 + " h " + minutes % 60 + " min, more than "
                                    + limit.toHours() + " hours")
                    .build());
        }
        return out;
    }
}
