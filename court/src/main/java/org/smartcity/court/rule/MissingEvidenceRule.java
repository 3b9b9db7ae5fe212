package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.Person;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;
import org.smartcity.court.standard.EvidenceStandard;
import org.smartcity.court.standard.Requirement;

/**
 * {@code missing-evidence}: every required kind of every charged standard is present. One finding per missing
 * kind (several charges needing the same kind give one finding); for per-suspect requirements the finding names
 * the suspects lacking it.
 */
public final class MissingEvidenceRule implements Rule {
    @Override
    public String id() {
        return "standard.required-evidence";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.MISSING_EVIDENCE;
    }

    @Override
    public String basis() {
        return "罪名证据标准";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        CaseFile f = ctx.caseFile();
        Map<EvidenceKind, Finding> out = new LinkedHashMap<>();
        for (EvidenceStandard s : ctx.standards()) {
            if (s.skipRules().contains(id())) {
                continue;
            }
            for (Requirement r : s.required()) {
                if (r.when().isPresent() && !ctx.holds(r.when().get())) {
                    continue;
                }
                if (r.unless().isPresent() && ctx.holds(r.unless().get())) {
                    continue;
                }
                List<String> lacking = new ArrayList<>();
                boolean missing;
                if (r.perSuspect()) {
                    for (Person suspect : ctx.suspects()) {
                        if (!present(f, r, suspect.id())) {
                            lacking.add(suspect.id());
                        }
                    }
                    missing = !lacking.isEmpty() || (ctx.suspects().isEmpty() && !present(f, r, null));
                } else {
                    missing = !present(f, r, null);
                }
                EvidenceKind k = r.reportedKind();
                if (missing && !out.containsKey(k)) {
                    out.put(k, finding(ctx, s, r, lacking));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static boolean present(CaseFile f, Requirement r, String subject) {
        for (EvidenceItem e : f.evidence()) {
            if (e.kind().isEmpty() || !r.anyOf().contains(e.kind().get())) {
                continue;
            }
            if (subject != null && !subject.equals(e.subject().orElse(null))) {
                continue;
            }
            if (r.subjectRole().isPresent()) {
                boolean roleOk = e.subject()
                        .map(id -> f.hasRole(id, r.subjectRole().get()))
                        .orElse(false);
                if (!roleOk) {
                    continue;
                }
            }
            return true;
        }
        return false;
    }

    private Finding finding(ReviewContext ctx, EvidenceStandard s, Requirement r, List<String> lacking) {
        EvidenceKind k = r.reportedKind();
        String whoZh = r.subjectRole()
                .map(role -> switch (role) {
                    case VICTIM -> "被害人的";
                    case WITNESS -> "证人的";
                    default -> "";
                })
                .orElse("");
        String whoEn = r.subjectRole().map(role -> " of the " + role.code()).orElse("");
        String suspectsZh = lacking.isEmpty()
                ? ""
                : "（" + String.join("、", lacking.stream().map(ctx::nameOf).toList()) + "）";
        String zh = s.nameZh() + "证据标准要求" + whoZh + k.nameZh() + suspectsZh + "，卷宗中没有";
        String en = "The " + s.nameEn() + " standard requires: " + k.nameEn() + whoEn
                + (lacking.isEmpty() ? "" : " for " + String.join(", ", lacking))
                + "; the file has none";
        return Finding.of(kind(), id(), s.nameZh() + "证据标准（" + s.label() + "，" + s.law() + "）")
                .missingKind(k.code())
                .persons(lacking)
                .message(zh, en)
                .build();
    }
}
