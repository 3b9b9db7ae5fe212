package org.smartcity.court.report;

import java.util.List;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.ReadProblem;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.Language;
import org.smartcity.court.finding.Severity;
import org.smartcity.court.review.Review;

/**
 * A readable review report: findings grouped by severity (missing, invalid, contradiction, defect), each with its
 * rule, legal basis and a short quotation of the evidence it names, then the problems met while reading. Chinese
 * or English. Stateless and thread-safe.
 */
public final class TextReport {
    private static final int QUOTE_CHARS = 60;
    private static final List<Severity> ORDER =
            List.of(Severity.MISSING, Severity.INVALID, Severity.CONTRADICTION, Severity.DEFECT);

    /** The report of one review; {@code caseFile} (may be null) supplies the quotations. */
    public String render(Review review, CaseFile caseFile, Language lang) {
        boolean zh = lang == Language.ZH;
        StringBuilder b = new StringBuilder();
        b.append(zh ? "案件审查报告：" : "Case review: ").append(review.caseId()).append('\n');
        if (caseFile != null && caseFile.title().isPresent()) {
            b.append(zh ? "案由：" : "Title: ").append(caseFile.title().get()).append('\n');
        }
        b.append(zh ? "证据标准：" : "Standards: ").append(review.standardVersion()).append('\n');
        if (review.findings().isEmpty()) {
            b.append(zh ? "未发现问题。" : "No findings.").append('\n');
        } else {
            b.append(
                            zh
                                    ? "发现问题 " + review.findings().size() + " 项（须由承办人审查决定）"
                                    : review.findings().size() + " finding(s); a person decides on each")
                    .append('\n');
        }
        for (Severity s : ORDER) {
            List<Finding> group =
                    review.findings().stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            b.append('\n')
                    .append(zh ? "【" : "[")
                    .append(s.label(lang))
                    .append(zh ? "】" : "] ")
                    .append(group.size())
                    .append('\n');
            int n = 1;
            for (Finding f : group) {
                b.append("  ").append(n++).append(". ").append(f.message(lang)).append('\n');
                b.append("     ")
                        .append(zh ? "依据：" : "basis: ")
                        .append(f.basis())
                        .append(zh ? "　规则：" : "; rule: ")
                        .append(f.rule())
                        .append('\n');
                if (caseFile != null) {
                    for (String id : f.evidence()) {
                        caseFile.findItem(id)
                                .ifPresent(e -> b.append("     ")
                                        .append(id)
                                        .append(" ")
                                        .append(e.title().orElse(""))
                                        .append(quote(e))
                                        .append('\n'));
                    }
                }
            }
        }
        if (!review.problems().isEmpty()) {
            b.append('\n')
                    .append(zh ? "【无法读取或核对】" : "[could not be read or checked]")
                    .append('\n');
            for (ReadProblem p : review.problems()) {
                b.append("  ").append(p).append('\n');
            }
        }
        return b.toString();
    }

    private static String quote(EvidenceItem e) {
        String t = e.kind().map(k -> k.isStatement()).orElse(false)
                ? org.smartcity.court.extract.Clauses.answers(e.text())
                : e.text();
        t = t.replace('\n', ' ').strip();
        if (t.isEmpty()) {
            return "";
        }
        return "：「" + (t.length() > QUOTE_CHARS ? t.substring(0, QUOTE_CHARS) + "…" : t) + "」";
    }
}
