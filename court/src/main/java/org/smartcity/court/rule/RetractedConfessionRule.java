package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.Person;
import org.smartcity.court.extract.Stance;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code retracted-confession}: a suspect confesses in one interrogation and denies in another. The finding names
 * the confessing and the denying records; partial confessions count as neither.
 */
public final class RetractedConfessionRule implements Rule {
    @Override
    public String id() {
        return "confession.retracted";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.RETRACTED_CONFESSION;
    }

    @Override
    public String basis() {
        return "最高法关于适用刑事诉讼法的解释第九十六条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Person suspect : ctx.suspects()) {
            List<String> confess = new ArrayList<>();
            List<String> deny = new ArrayList<>();
            for (EvidenceItem e : ctx.caseFile().itemsOfKind(EvidenceKind.INTERROGATION_RECORD)) {
                if (!suspect.id().equals(e.subject().orElse(null))) {
                    continue;
                }
                Stance s = Stances.of(ctx, e).stance();
                if (s == Stance.CONFESSION) {
                    confess.add(e.id());
                } else if (s == Stance.DENIAL) {
                    deny.add(e.id());
                }
            }
            if (confess.isEmpty() || deny.isEmpty()) {
                continue;
            }
            List<String> all = new ArrayList<>(confess);
            all.addAll(deny);
            out.add(Finding.of(kind(), id(), basis())
                    .evidence(all)
                    .person(suspect.id())
                    .message(
                            "犯罪嫌疑人" + ctx.nameOf(suspect.id()) + "在" + String.join("、", confess) + "中供认，在"
                                    + String.join("、", deny) + "中翻供否认",
                            "suspect " + suspect.id() + " confesses in " + String.join(", ", confess)
                                    + " and denies in " + String.join(", ", deny))
                    .build());
        }
        return out;
    }
}
