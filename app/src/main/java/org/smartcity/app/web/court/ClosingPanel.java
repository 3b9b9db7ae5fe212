package org.smartcity.app.web.court;

import static org.smartcity.app.web.page.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.smartcity.app.web.page.Page;
import org.smartcity.app.web.page.Times;
import org.smartcity.court.finding.Severity;
import org.smartcity.court.standard.StandardCatalogue;
import org.smartcity.court.standard.StandardException;
import org.smartcity.court.workflow.ChargeVerdict;
import org.smartcity.platform.casestore.StoredJudgment;

/**
 * The case page's closing parts (issue 17, item 10): at trial, the judge's form (a verdict per charge, the sentence,
 * and — while exclusion-level findings are undecided — the list of them and a reason field to close over them);
 * once closed, the recorded judgment ({@code #judgment}). Every value is escaped. Stateless.
 */
final class ClosingPanel {
    private static final StandardCatalogue CHARGES = catalogue();

    private ClosingPanel() {}

    private static StandardCatalogue catalogue() {
        try {
            return StandardCatalogue.builtIn();
        } catch (StandardException e) {
            throw new IllegalStateException("the built-in evidence standards do not load: " + e.getMessage(), e);
        }
    }

    /** A charge code as people read it (盗窃罪 / Theft), the code itself when the catalogue does not know it. */
    static String chargeName(String code, boolean zh) {
        return CHARGES.find(code).map(s -> zh ? s.nameZh() : s.nameEn()).orElse(code);
    }

    /** The findings of the shown review that would exclude evidence or a charge and have no decision yet. */
    static List<JsonNode> undecidedExclusions(CaseView v) {
        List<JsonNode> out = new ArrayList<>();
        v.reviewResult().ifPresent(result -> {
            for (JsonNode f : result.path("findings")) {
                if (Severity.INVALID.code().equals(f.path("severity").asText())
                        && v.decisionOn(f.path("identity").asText("")).isEmpty()) {
                    out.add(f);
                }
            }
        });
        return out;
    }

    /** The judge's closing form, posted as JSON to {@code /api/cases/{id}/close}. */
    static String form(Page p, CaseView v, long id) {
        StringBuilder b = new StringBuilder();
        b.append("<form data-api=\"json\" data-url=\"/api/cases/")
                .append(id)
                .append("/close\" id=\"close-form\" data-confirm=\"")
                .append(esc(p.t("以下证据本阶段尚未打开，仍要结案吗？", "These items were not opened at this stage. Close anyway?")))
                .append("\"><h2>")
                .append(esc(p.t("宣判结案", "Judgment and closing")))
                .append("</h2>");
        for (String charge : CaseClosing.charges(v.document())) {
            b.append("<label>")
                    .append(esc(chargeName(charge, p.zh())))
                    .append(" <select name=\"")
                    .append(esc("verdict:" + charge))
                    .append("\" required><option value=\"\">")
                    .append(esc(p.t("— 判决 —", "— verdict —")))
                    .append("</option>");
            for (ChargeVerdict verdict : ChargeVerdict.values()) {
                b.append("<option value=\"")
                        .append(esc(verdict.code()))
                        .append("\">")
                        .append(esc(verdict.label(p.zh())))
                        .append("</option>");
            }
            b.append("</select></label> ");
        }
        b.append("<textarea name=\"sentence\" rows=\"2\" placeholder=\"")
                .append(esc(p.t("判处刑罚（有罪时必填），如：有期徒刑六个月，并处罚金人民币二千元", "sentence (required when guilty)")))
                .append("\"></textarea>");
        List<JsonNode> undecided = undecidedExclusions(v);
        if (!undecided.isEmpty()) {
            b.append("<div id=\"undecided-exclusions\" class=\"warning\"><p>")
                    .append(esc(p.t(
                            "以下可能导致证据排除的审查发现尚未处理。请先逐项处理；如仍要结案，须写明理由（记入审计日志）：",
                            "These findings that may exclude evidence are undecided. Decide them first; to close anyway,"
                                    + " write the reason (it goes into the audit log):")))
                    .append("</p><ul>");
            for (JsonNode f : undecided) {
                b.append("<li>")
                        .append(esc(f.path(p.zh() ? "message_zh" : "message_en")
                                .asText(f.path("identity").asText())))
                        .append("</li>");
            }
            b.append("</ul><textarea name=\"override\" rows=\"2\" placeholder=\"")
                    .append(esc(p.t("不经处理仍结案的理由", "reason to close with them undecided")))
                    .append("\"></textarea></div>");
        }
        b.append("<input name=\"note\" placeholder=\"")
                .append(esc(p.t("说明（可选）", "note (optional)")))
                .append("\"><button type=\"submit\" id=\"close\">")
                .append(esc(p.t("宣判结案", "Record the judgment and close")))
                .append("</button></form>");
        return b.toString();
    }

    /** The recorded judgment of a closed case. */
    static void judgment(Page p, StoredJudgment stored) {
        Judgment j = Judgment.fromJson(stored.judgment());
        p.raw("<section id=\"judgment\" class=\"card\"><h2>")
                .raw(esc(p.t("判决", "Judgment")))
                .raw("</h2><ul>");
        for (Judgment.Verdict v : j.charges()) {
            p.raw("<li>")
                    .text(chargeName(v.charge(), p.zh()))
                    .raw(p.t("：", ": "))
                    .text(v.verdict().label(p.zh()))
                    .raw("</li>");
        }
        p.raw("</ul>");
        if (!j.sentence().isEmpty()) {
            p.raw("<p>").raw(esc(p.t("刑罚：", "Sentence: "))).data(j.sentence()).raw("</p>");
        }
        if (!stored.overrideReason().isEmpty()) {
            p.raw("<p class=\"warning\">")
                    .raw(esc(p.t("未处理的排除类发现仍结案，理由：", "Closed over undecided exclusion findings; reason: ")))
                    .data(stored.overrideReason())
                    .raw(" (")
                    .data(stored.overridden())
                    .raw(")</p>");
        }
        p.raw("<p class=\"meta\">")
                .data(stored.actor())
                .raw(" · ")
                .text(Times.of(stored.at_ms(), p.zh()))
                .raw(esc(p.t(" · 第 ", " · version ")))
                .raw(Integer.toString(stored.caseVersion()))
                .raw(esc(p.t(" 版", "")))
                .raw("</p></section>");
    }
}
