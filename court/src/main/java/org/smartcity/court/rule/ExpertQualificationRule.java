package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.Person;
import org.smartcity.court.casefile.PersonRole;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code expert-unqualified}: an appraisal (price, injury, blood alcohol, drug identification) that no expert
 * signed, or signed by an expert or institution without a {@code qualification}.
 */
public final class ExpertQualificationRule implements Rule {
    @Override
    public String id() {
        return "appraisal.expert-qualified";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.EXPERT_UNQUALIFIED;
    }

    @Override
    public String basis() {
        return "最高法关于适用刑事诉讼法的解释第九十七条、第九十八条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        CaseFile f = ctx.caseFile();
        List<Finding> out = new ArrayList<>();
        for (EvidenceItem e : f.evidence()) {
            if (e.kind().isEmpty() || !e.kind().get().isAppraisal()) {
                continue;
            }
            List<Person> experts = e.signedBy().stream()
                    .map(f::findPerson)
                    .flatMap(Optional::stream)
                    .filter(p -> p.is(PersonRole.EXPERT))
                    .toList();
            List<String> unqualified = experts.stream()
                    .filter(p -> p.qualification().isEmpty())
                    .map(Person::id)
                    .toList();
            if (experts.isEmpty()) {
                out.add(Finding.of(kind(), id(), basis())
                        .evidence(e.id())
                        .message(ctx.label(e) + " 没有鉴定人签名", ctx.labelEn(e) + " is signed by no expert")
                        .build());
            } else if (!unqualified.isEmpty()) {
                out.add(Finding.of(kind(), id(), basis())
                        .evidence(e.id())
                        .persons(unqualified)
                        .message(
                                ctx.label(e) + " 的鉴定人或鉴定机构"
                                        + String.join(
                                                "、",
                                                unqualified.stream()
                                                        .map(ctx::nameOf)
                                                        .toList())
                                        + "没有资质证明",
                                ctx.labelEn(e) + ": no qualification for " + String.join(", ", unqualified))
                        .build());
            }
        }
        return out;
    }
}
