package org.smartcity.app.web.court;

import static org.smartcity.app.web.page.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Page;
import org.smartcity.court.workflow.CaseAction;
import org.smartcity.court.workflow.CaseStage;

/** {@code /cases/{id}}: one case — stage, actions, review coverage, judgment, findings, reference panels, evidence, facts, history. */
final class CasePage {
    private CasePage() {}

    /**
     * The case page.
     *
     * @param reference the reference panels' content; empty when suggestions are off (both panels are then left out)
     * @param libraryConfigured whether a case library is loaded (else the similar-cases panel says so)
     */
    static String render(
            boolean zh,
            WebUser user,
            String csrf,
            CaseView v,
            Optional<CaseReference> reference,
            boolean libraryConfigured) {
        Page p = new Page(zh).openAbout(v.stored().title(), user, csrf);
        long id = v.stored().id();
        p.raw("<p class=\"meta\">")
                .data(v.stored().caseRef())
                .raw(" · ")
                .raw(p.t("阶段", "stage"))
                .raw(" <strong id=\"stage\">")
                .raw(esc(v.stage().label(zh)))
                .raw("</strong> · ")
                .raw(p.t("版本 ", "version "))
                .raw(Integer.toString(v.stored().currentVersion()))
                .raw(
                        v.stored().returns() > 0
                                ? " · " + p.t("退回补充侦查 ", "returned ")
                                        + v.stored().returns() + p.t(" 次", " time(s)")
                                : "")
                .raw("</p>");
        actions(p, v, id);
        List<String> unopened = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        v.document().path("evidence").forEach(items::add);
        for (JsonNode item : items) {
            String eid = item.path("id").asText("");
            if (!v.openedHere().contains(eid)) {
                unopened.add(eid);
            }
        }
        p.raw("<section id=\"coverage\"><h2>")
                .raw(p.t("阅卷覆盖", "Review coverage"))
                .raw("</h2><p>")
                .raw(p.t("本阶段已打开 ", "Opened at this stage: "))
                .raw(Integer.toString(items.size() - unopened.size()))
                .raw(" / ")
                .raw(Integer.toString(items.size()));
        if (!unopened.isEmpty()) {
            p.raw(p.t("；未打开：", "; not opened: ")).data(String.join(", ", unopened));
        }
        p.raw("</p></section>");
        v.judgment().ifPresent(j -> ClosingPanel.judgment(p, j));
        FindingsSection.render(p, v, id);
        reference.ifPresent(r -> {
            ReferencePanels.sentencing(p, r);
            ReferencePanels.similar(p, r, libraryConfigured);
        });
        EvidenceSection.render(p, v, id, items);
        p.raw("<section id=\"facts\"><h2>")
                .raw(p.t("指控事实", "Facts as charged"))
                .raw("</h2><p class=\"doc\">")
                .data(v.document().path("offence").path("text").asText(""))
                .raw("</p></section>");
        HistorySection.render(p, v);
        return p.close();
    }

    private static void actions(Page p, CaseView v, long id) {
        StringBuilder buttons = new StringBuilder();
        if (v.allowed().contains(CaseAction.RUN_REVIEW) && v.suggestionsOn()) {
            buttons.append("<form data-api=\"json\" data-url=\"/api/cases/")
                    .append(id)
                    .append("/review\" class=\"inline\"><button type=\"submit\" id=\"run-review\">")
                    .append(p.t("运行辅助审查", "Run the review assistant"))
                    .append("</button></form>");
        }
        if (v.allowed().contains(CaseAction.TRANSFER)
                && v.stage().next().filter(s -> s == CaseStage.CLOSED).isPresent()) {
            buttons.append(ClosingPanel.form(p, v, id));
        } else if (v.allowed().contains(CaseAction.TRANSFER) && v.stage().next().isPresent()) {
            String label = switch (v.stage()) {
                case INVESTIGATION -> p.t("移送审查起诉", "Transfer for prosecution review");
                case PROSECUTION -> p.t("提起公诉（移送法院）", "Indict (transfer to court)");
                default -> p.t("移送", "Transfer");
            };
            buttons.append("<form data-api=\"json\" data-url=\"/api/cases/")
                    .append(id)
                    .append("/transfer\" class=\"inline\" data-confirm=\"")
                    .append(esc(
                            p.t("以下证据本阶段尚未打开，仍要移送吗？", "These items were not opened at this stage. Transfer anyway?")))
                    .append("\"><input name=\"note\" placeholder=\"")
                    .append(esc(p.t("说明（可选）", "note (optional)")))
                    .append("\"><button type=\"submit\" id=\"transfer\">")
                    .append(esc(label))
                    .append("</button></form>");
        }
        if (v.allowed().contains(CaseAction.RETURN)) {
            buttons.append("<form data-api=\"json\" data-url=\"/api/cases/")
                    .append(id)
                    .append(
                            "/return\" class=\"inline\" id=\"return-form\"><textarea name=\"reasons\" rows=\"2\" required"
                                    + " placeholder=\"")
                    .append(esc(p.t("退回理由（必填）", "reasons (required)")))
                    .append("\"></textarea><button type=\"submit\" id=\"return\">")
                    .append(p.t("退回补充侦查", "Return for supplementary investigation"))
                    .append("</button></form>");
        }
        if (buttons.length() > 0) {
            p.raw("<section id=\"actions\" class=\"card\">")
                    .raw(buttons.toString())
                    .raw("<p class=\"msg\"></p></section>");
        }
    }
}
