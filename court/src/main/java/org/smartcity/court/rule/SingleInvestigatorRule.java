package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/** {@code single-investigator}: an interrogation or inquiry taken by fewer than two investigators. */
public final class SingleInvestigatorRule implements Rule {
    @Override
    public String id() {
        return "interrogation.two-investigators";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.SINGLE_INVESTIGATOR;
    }

    @Override
    public String basis() {
        return "刑事诉讼法第一百一十八条、第一百二十四条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (EvidenceItem e : ctx.caseFile().evidence()) {
            if (e.kind().isEmpty() || !e.kind().get().isStatement()) {
                continue;
            }
            Set<String> investigators = Items.investigators(ctx.caseFile(), e);
            if (investigators.size() >= 2) {
                continue;
            }
            out.add(Finding.of(kind(), id(), basis())
                    .evidence(e.id())
                    .persons(investigators)
                    .message(
                            ctx.label(e) + " 只有" + investigators.size() + "名侦查人员（要求不少于二人）",
                            ctx.labelEn(e) + " was taken by " + investigators.size()
                                    + " investigator(s); at least two are required")
                    .build());
        }
        return out;
    }
}
