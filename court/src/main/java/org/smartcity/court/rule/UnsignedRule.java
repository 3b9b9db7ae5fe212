package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code unsigned}: who must sign, exactly as the specification lists it. Records of questioning and the
 * subject-bearing lists and records need their subject and every investigator in {@code collectedBy}; other items
 * investigators collected need those investigators. Appraisals, lab reports, physical items and the case
 * registration have no signature rule here.
 */
public final class UnsignedRule implements Rule {
    private static final Set<EvidenceKind> SUBJECT_SIGNS = EnumSet.of(
            EvidenceKind.INTERROGATION_RECORD,
            EvidenceKind.INQUIRY_RECORD,
            EvidenceKind.SEIZURE_LIST,
            EvidenceKind.RETURN_LIST,
            EvidenceKind.WEIGHING_RECORD,
            EvidenceKind.SEARCH_RECORD,
            EvidenceKind.BREATH_TEST,
            EvidenceKind.IDENTIFICATION_RECORD);
    private static final Set<EvidenceKind> NO_RULE = EnumSet.of(
            EvidenceKind.PRICE_APPRAISAL,
            EvidenceKind.INJURY_APPRAISAL,
            EvidenceKind.BLOOD_ALCOHOL_TEST,
            EvidenceKind.DRUG_IDENTIFICATION,
            EvidenceKind.PHYSICAL_ITEM,
            EvidenceKind.CASE_REGISTRATION);

    @Override
    public String id() {
        return "record.signatures";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.UNSIGNED;
    }

    @Override
    public String basis() {
        return "最高法关于适用刑事诉讼法的解释第八十六条、第九十四条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (EvidenceItem e : ctx.caseFile().evidence()) {
            EvidenceKind k = e.kind().orElse(null);
            if (k == null || NO_RULE.contains(k)) {
                continue;
            }
            List<String> required = new ArrayList<>();
            if (SUBJECT_SIGNS.contains(k)) {
                e.subject().ifPresent(required::add);
            }
            required.addAll(e.collectedBy());
            List<String> missing = Items.unsigned(e, required);
            if (missing.isEmpty()) {
                continue;
            }
            String names = String.join("、", missing.stream().map(ctx::nameOf).toList());
            out.add(Finding.of(kind(), id(), basis())
                    .evidence(e.id())
                    .persons(missing)
                    .message(
                            ctx.label(e) + " 缺少" + names + "的签名",
                            ctx.labelEn(e) + " is not signed by " + String.join(", ", missing))
                    .build());
        }
        return out;
    }
}
