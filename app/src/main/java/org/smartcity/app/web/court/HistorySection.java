package org.smartcity.app.web.court;

import org.smartcity.app.web.audit.AuditSentences;
import org.smartcity.app.web.page.Page;
import org.smartcity.app.web.page.Table;
import org.smartcity.app.web.page.Times;
import org.smartcity.court.workflow.CaseStage;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.casestore.CaseVersion;
import org.smartcity.platform.casestore.Transfer;

/** The case page's transfers, versions and newest audit entries. */
final class HistorySection {
    private HistorySection() {}

    static void render(Page p, CaseView v) {
        p.raw("<section id=\"history\"><h2>")
                .raw(p.t("流转与版本", "Transfers and versions"))
                .raw("</h2><ul>");
        for (CaseVersion ver : v.versions()) {
            p.raw("<li>")
                    .text(Times.of(ver.at_ms(), p.zh()))
                    .raw(" · ")
                    .raw(p.t("版本 ", "version "))
                    .raw(Integer.toString(ver.version()))
                    .raw(" · ")
                    .data(ver.actor())
                    .raw(" · ")
                    .text(VersionNotes.of(ver.note(), p.zh()))
                    .raw("</li>");
        }
        for (Transfer t : v.transfers()) {
            p.raw("<li>")
                    .text(Times.of(t.at_ms(), p.zh()))
                    .raw(" · ")
                    .data(t.actor())
                    .raw(" · ")
                    .text(stageLabel(t.fromStage(), p.zh()))
                    .raw(" → ")
                    .text(stageLabel(t.toStage(), p.zh()))
                    .raw(t.kind().equals("return") ? p.t("（退回补充侦查）", " (returned)") : "")
                    .raw(t.reason().isEmpty() ? "" : p.t("：", ": "))
                    .data(t.reason())
                    .raw("</li>");
        }
        p.raw("</ul><h2>")
                .raw(p.t("审计记录", "Audit trail"))
                .raw("</h2><p class=\"meta\">")
                .raw(p.t("最近 ", "The newest "))
                .raw(Integer.toString(CaseService.HISTORY_SHOWN))
                .raw(p.t(" 条；完整记录：", " entries; the full trail: "))
                .raw("<a href=\"/api/cases/")
                .raw(Long.toString(v.stored().id()))
                .raw("/history\" translate=\"no\">JSON</a></p>");
        Table t = Table.open(
                p,
                "case-audit",
                p.t("本案的审计记录，最早的在前", "The case's audit entries, oldest first"),
                "#",
                p.t("时间", "Time"),
                p.t("经过", "What happened"));
        for (AuditEntry e : v.history()) {
            t.row()
                    .text(Long.toString(e.seq()))
                    .text(Times.of(e.at_ms(), p.zh()))
                    .html(AuditSentences.of(e.actor(), e.action(), e.caseRef(), e.detail(), p.zh())
                            .html())
                    .end();
        }
        t.close();
        p.raw("</section>");
    }

    private static String stageLabel(String code, boolean zh) {
        return CaseStage.fromCode(code).map(s -> s.label(zh)).orElse(code);
    }
}
