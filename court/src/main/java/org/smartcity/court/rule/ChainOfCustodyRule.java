package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceCategory;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.PersonRole;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;
import org.smartcity.court.finding.Severity;

/**
 * {@code chain-of-custody}: a seizure list signed by no one besides its holder and the investigators (when the
 * holder did not sign, {@code unsigned} reports it instead); a physical item no seizure list refers to; a drug
 * identification whose object is on no seizure list.
 */
public final class ChainOfCustodyRule implements Rule {
    @Override
    public String id() {
        return "custody.seizure-chain";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.CHAIN_OF_CUSTODY;
    }

    @Override
    public String basis() {
        return "最高法关于适用刑事诉讼法的解释第八十六条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        CaseFile f = ctx.caseFile();
        List<Finding> out = new ArrayList<>();
        Set<String> seizureLists = new HashSet<>();
        Set<String> seized = new HashSet<>();
        for (EvidenceItem list : f.itemsOfKind(EvidenceKind.SEIZURE_LIST)) {
            seizureLists.add(list.id());
            seized.addAll(list.refersTo());
            String holder = list.subject().orElse(null);
            if (holder != null && !list.signedBy().contains(holder)) {
                continue;
            }
            boolean witnessed = list.signedBy().stream()
                    .anyMatch(id -> !id.equals(holder)
                            && !list.collectedBy().contains(id)
                            && !f.hasRole(id, PersonRole.INVESTIGATOR));
            if (!witnessed) {
                out.add(Finding.of(kind(), id(), basis())
                        .evidence(list.id())
                        .message(ctx.label(list) + " 没有见证人签名", ctx.labelEn(list) + " is signed by no witness")
                        .build());
            }
        }
        for (EvidenceItem e : f.evidence()) {
            boolean physical = e.is(EvidenceKind.PHYSICAL_ITEM)
                    || (e.kind().isEmpty() && e.category().orElse(null) == EvidenceCategory.PHYSICAL);
            if (physical && !seized.contains(e.id())) {
                out.add(Finding.of(kind(), id(), basis())
                        .severity(Severity.INVALID)
                        .evidence(e.id())
                        .message(
                                ctx.label(e) + " 没有扣押清单证明其来源",
                                ctx.labelEn(e) + " is on no seizure list; its origin is not shown")
                        .build());
            }
            if (e.is(EvidenceKind.DRUG_IDENTIFICATION)) {
                boolean onList = e.refersTo().stream().anyMatch(r -> seizureLists.contains(r) || seized.contains(r));
                if (!onList) {
                    out.add(Finding.of(kind(), id(), basis())
                            .severity(Severity.INVALID)
                            .evidence(e.id())
                            .message(
                                    ctx.label(e) + " 的检材不在任何扣押清单上",
                                    "the object of " + ctx.labelEn(e) + " is on no seizure list")
                            .build());
                }
            }
        }
        return out;
    }
}
