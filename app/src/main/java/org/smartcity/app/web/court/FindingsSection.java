package org.smartcity.app.web.court;

import static org.smartcity.app.web.page.Html.esc;
import static org.smartcity.app.web.page.Html.urlPart;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.smartcity.app.web.page.Html;
import org.smartcity.app.web.page.Page;
import org.smartcity.app.web.page.Times;
import org.smartcity.court.finding.Language;
import org.smartcity.court.finding.Severity;
import org.smartcity.court.workflow.CaseAction;
import org.smartcity.court.workflow.FindingVerdict;

/** The case page's findings of the review assistant, by severity, each with its decision and the form to decide. */
final class FindingsSection {
    private static final Severity[] SEVERITY_ORDER = {
        Severity.INVALID, Severity.CONTRADICTION, Severity.MISSING, Severity.DEFECT
    };

    private FindingsSection() {}

    static void render(Page p, CaseView v, long id) {
        p.raw("<section id=\"findings\"><h2>")
                .raw(p.t("辅助审查发现", "Findings of the review assistant"))
                .raw("</h2>");
        if (!v.suggestionsOn()) {
            p.raw("<p class=\"note\">")
                    .raw(
                            p.t(
                                    "管理员已关闭辅助审查建议；工作台在没有建议的情况下照常工作。",
                                    "The administrator switched the assistant's suggestions off; the workspace works without them."))
                    .raw("</p></section>");
            return;
        }
        if (v.reviewResult().isEmpty()) {
            p.raw("<p>").raw(p.t("尚未审查。", "Not reviewed yet.")).raw("</p></section>");
            return;
        }
        JsonNode result = v.reviewResult().get();
        p.raw("<p class=\"meta\">")
                .raw(p.t("审查第 ", "Review of version "))
                .raw(Integer.toString(v.review().get().caseVersion()))
                .raw(p.t(" 版 · ", " · "))
                .data(v.review().get().engine())
                .raw(" · ")
                .text(Times.of(v.review().get().at_ms(), p.zh()))
                .raw(p.t("。建议仅供参考，由办案人员决定。", ". Suggestions only; a person decides."))
                .raw("</p>");
        boolean canDecide = v.allowed().contains(CaseAction.DECIDE_FINDING);
        int shown = 0;
        for (Severity severity : SEVERITY_ORDER) {
            List<JsonNode> group = new ArrayList<>();
            for (JsonNode f : result.path("findings")) {
                if (severity.code().equals(f.path("severity").asText())) {
                    group.add(f);
                }
            }
            if (group.isEmpty()) {
                continue;
            }
            p.raw("<h3 class=\"sev-")
                    .raw(severity.code())
                    .raw("\">")
                    .text(severity.label(p.zh() ? Language.ZH : Language.EN))
                    .raw(" (")
                    .raw(Integer.toString(group.size()))
                    .raw(")</h3>");
            for (JsonNode f : group) {
                finding(p, v, id, f, canDecide);
                shown++;
            }
        }
        if (shown == 0) {
            p.raw("<p>").raw(p.t("未发现问题。", "No findings.")).raw("</p>");
        }
        p.raw("</section>");
    }

    private static void finding(Page p, CaseView v, long id, JsonNode f, boolean canDecide) {
        String identity = f.path("identity").asText();
        p.raw("<article class=\"finding\"><p class=\"msg-text\">")
                .quoting(f.path(p.zh() ? "message_zh" : "message_en").asText())
                .raw("</p><p class=\"basis\">")
                .raw(p.t("依据：", "Basis: "))
                .data(f.path("basis").asText())
                .raw(" · ")
                .raw(p.t("规则 ", "rule "))
                .data(f.path("rule").asText())
                .raw("</p>");
        List<String> quoted = new ArrayList<>();
        f.path("evidence").forEach(e -> quoted.add(e.asText()));
        f.path("cites").forEach(e -> quoted.add(e.asText()));
        for (String eid : quoted) {
            v.item(eid)
                    .ifPresent(item -> p.raw("<blockquote><a href=\"/cases/")
                            .raw(Long.toString(id))
                            .raw("/evidence/")
                            .raw(esc(urlPart(eid)))
                            .raw("\">")
                            .data(eid)
                            .raw(" ")
                            .data(item.path("title").asText(""))
                            .raw("</a>")
                            .raw(p.t("：", ": "))
                            .data(Html.excerpt(item.path("text").asText(""), 160))
                            .raw("</blockquote>"));
        }
        v.decisionOn(identity)
                .ifPresent(d -> p.raw("<p class=\"decision\">")
                        .text(FindingVerdict.fromCode(d.decision())
                                .map(x -> x.label(p.zh()))
                                .orElse(d.decision()))
                        .raw(" — ")
                        .data(d.actor())
                        .raw(", ")
                        .text(Times.of(d.at_ms(), p.zh()))
                        .raw(d.reason().isEmpty() ? "" : p.t("：", ": "))
                        .data(d.reason())
                        .raw("</p>"));
        if (canDecide) {
            p.raw("<form data-api=\"json\" data-url=\"/api/cases/")
                    .raw(Long.toString(id))
                    .raw("/decisions\" class=\"decide\"><input type=\"hidden\" name=\"review\" value=\"")
                    .raw(Long.toString(v.review().get().id()))
                    .raw("\"><input type=\"hidden\" name=\"finding\" value=\"")
                    .text(identity)
                    .raw("\"><select name=\"decision\">");
            for (FindingVerdict verdict : FindingVerdict.values()) {
                p.raw("<option value=\"")
                        .raw(verdict.code())
                        .raw("\">")
                        .text(verdict.label(p.zh()))
                        .raw("</option>");
            }
            p.raw("</select><input name=\"reason\" maxlength=\"4000\" placeholder=\"")
                    .raw(esc(p.t("理由（不予采纳或已补正时必填）", "reason (required to dismiss or mark cured)")))
                    .raw("\"><button type=\"submit\">")
                    .raw(p.t("记录决定", "Record"))
                    .raw("</button><span class=\"msg\"></span></form>");
        }
        p.raw("</article>");
    }
}
