package org.smartcity.app.web.court;

import static org.smartcity.app.web.page.Html.esc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import org.smartcity.app.web.page.Page;
import org.smartcity.court.search.SimilarCase;
import org.smartcity.court.sentencing.SentencingResult;
import org.smartcity.court.sentencing.SentencingStep;
import org.smartcity.court.sentencing.TermDistribution;

/**
 * The case page's "sentencing reference" and "similar cases" panels. Every value from an engine or a case is
 * escaped through {@link Page#text}. Stateless.
 */
final class ReferencePanels {
    /** Characters of a similar case's excerpt shown. */
    static final int EXCERPT_CHARS = 120;

    private ReferencePanels() {}

    /** The guideline calculation step by step, what it could not determine, and the similar cases' terms. */
    static void sentencing(Page p, CaseReference ref) {
        SentencingResult r = ref.sentencing();
        p.raw("<section id=\"sentencing\" class=\"card reference\"><h2>")
                .raw(p.t("量刑参考", "Sentencing reference"))
                .raw("</h2><p class=\"note\">")
                .raw(p.t(
                        "仅供参考，不是裁判：量刑由法官依法决定。",
                        "A reference for the judge, not a decision: the sentence is the judge's to decide."))
                .raw("</p><p class=\"meta\">")
                .raw(p.t("罪名：", "Charge: "))
                .quoting(r.charge().basis().in(p.zh()))
                .raw(" · ")
                .raw(p.t("规则：", "Rules: "))
                .data(r.rulesVersion() + " (" + r.rulesOrigin() + ")")
                .raw("</p><p>")
                .raw(p.t("结果：", "Result: "));
        if (r.months().isPresent()) {
            p.raw("<strong id=\"sentencing-months\">")
                    .text(months(r.months().getAsDouble()))
                    .raw("</strong>")
                    .raw(p.t(" 个月", " months"));
        } else {
            p.text(
                    switch (r.status()) {
                        case CALCULATED -> p.t("已计算", "calculated");
                        case RANGE_ONLY ->
                            p.t("仅知法定刑幅度，规则未给出量刑起点", "the statutory range only: the rules give no starting point");
                        case NOT_CALCULATED -> p.t("无法计算", "not calculated");
                    });
        }
        r.quantity().ifPresent(q -> p.raw(" · ").raw(p.t("数额：", "quantity: ")).data(q.describe()));
        r.tier()
                .ifPresent(t -> p.raw(" · ")
                        .raw(p.t("档次：", "tier: "))
                        .data(t.label())
                        .raw(" (")
                        .raw(p.t("依据：", "by: "))
                        .quoting(r.tierBasis().in(p.zh()))
                        .raw(")"));
        p.raw("</p>");
        if (!r.steps().isEmpty()) {
            p.raw("<table class=\"steps\"><thead><tr><th>#</th><th>")
                    .raw(p.t("规则", "Rule"))
                    .raw("</th><th>")
                    .raw(p.t("比例", "Percentage"))
                    .raw("</th><th>")
                    .raw(p.t("依据", "Source"))
                    .raw("</th><th>")
                    .raw(p.t("累计（月）", "Running result (months)"))
                    .raw("</th></tr></thead><tbody>");
            int n = 1;
            for (SentencingStep s : r.steps()) {
                p.raw("<tr><td>")
                        .raw(Integer.toString(n++))
                        .raw("</td><td>")
                        .quoting(s.name().in(p.zh()))
                        .raw(" <code>")
                        .data(s.ruleId())
                        .raw("</code><br><small>")
                        .quoting(s.note().in(p.zh()))
                        .raw("</small></td><td>")
                        .text(s.percent().isPresent() ? signed(s.percent().getAsDouble()) + "%" : "")
                        .raw("</td><td>")
                        .data(s.source())
                        .raw("</td><td>")
                        .text(months(s.resultMonths()))
                        .raw("</td></tr>");
            }
            p.raw("</tbody></table>");
        }
        if (!r.problems().isEmpty()) {
            p.raw("<h3>").raw(p.t("无法确定", "Could not determine")).raw("</h3><ul class=\"problems\">");
            r.problems().forEach(x -> p.raw("<li>").quoting(x.in(p.zh())).raw("</li>"));
            p.raw("</ul>");
        }
        if (!r.notes().isEmpty()) {
            p.raw("<ul class=\"notes\">");
            r.notes().forEach(x -> p.raw("<li>").quoting(x.in(p.zh())).raw("</li>"));
            p.raw("</ul>");
        }
        if (ref.empirical().isPresent()) {
            TermDistribution d = ref.empirical().get();
            p.raw("<h3>")
                    .raw(p.t("相似案例的刑期", "Terms of similar cases"))
                    .raw("</h3><p id=\"empirical\">")
                    .quoting(d.basis().in(p.zh()))
                    .raw(": ")
                    .text(d.fixedTerms() + p.t(" 个有期徒刑", " fixed terms"));
            optional(p, p.t("；中位数 ", "; median "), d.median());
            if (d.lowerQuartile().isPresent() && d.upperQuartile().isPresent()) {
                p.raw(p.t("；四分位 ", "; quartiles "))
                        .text(months(d.lowerQuartile().getAsDouble()) + "–"
                                + months(d.upperQuartile().getAsDouble()))
                        .raw(p.t(" 个月", " months"));
            }
            if (d.life() > 0 || d.death() > 0) {
                p.raw(p.t("；无期 ", "; life ")).text(Integer.toString(d.life()));
                p.raw(p.t("，死刑 ", ", death ")).text(Integer.toString(d.death()));
            }
            p.raw("</p>");
        }
        p.raw("<p class=\"meta engines\">").raw(p.t("引擎：", "Engines: ")).data(String.join("; ", ref.engines()));
        p.raw("</p></section>");
    }

    /** The most similar decided cases of the library, or why there are none. */
    static void similar(Page p, CaseReference ref, boolean libraryConfigured) {
        p.raw("<section id=\"similar-cases\" class=\"card reference\"><h2>")
                .raw(p.t("相似案例", "Similar cases"))
                .raw("</h2><p class=\"note\">")
                .raw(p.t("检索结果仅供参考。", "Search results, for reference only."))
                .raw("</p>");
        if (!libraryConfigured) {
            p.raw("<p id=\"no-library\">")
                    .raw(p.t(
                            "未配置案例库（以 <code translate=\"no\">--index</code> 目录启动服务器，见 <code translate=\"no\">smartcity court index</code>）。",
                            "The case library is not configured (start the server with --index DIR; see smartcity"
                                    + " court index)."))
                    .raw("</p></section>");
            return;
        }
        if (ref.similar().isEmpty()) {
            p.raw("<p>")
                    .raw(p.t("案例库中没有相似案例。", "No similar case in the library."))
                    .raw("</p></section>");
            return;
        }
        p.raw("<table><thead><tr><th>")
                .raw(p.t("编号", "Id"))
                .raw("</th><th>")
                .raw(p.t("罪名", "Charges"))
                .raw("</th><th>")
                .raw(p.t("刑期", "Term"))
                .raw("</th><th>")
                .raw(p.t("摘要", "Excerpt"))
                .raw("</th><th>")
                .raw(p.t("共同要素", "Shared elements"))
                .raw("</th></tr></thead><tbody>");
        for (SimilarCase c : ref.similar()) {
            p.raw("<tr><td>")
                    .raw(Integer.toString(c.id()))
                    .raw("</td><td>")
                    .data(String.join("、", c.charges()))
                    .raw("</td><td>")
                    .text(term(p, c.termMonths()))
                    .raw("</td><td>")
                    .data(shorten(c.excerpt()))
                    .raw("</td><td>")
                    .raw(c.shared().isEmpty() ? esc(p.t("仅措辞相近", "wording only")) : "")
                    .data(String.join(", ", c.shared()))
                    .raw("</td></tr>");
        }
        p.raw("</tbody></table></section>");
    }

    private static void optional(Page p, String label, OptionalDouble v) {
        if (v.isPresent()) {
            p.raw(label).text(months(v.getAsDouble())).raw(p.t(" 个月", " months"));
        }
    }

    private static String term(Page p, int termMonths) {
        return switch (termMonths) {
            case -2 -> p.t("死刑", "death");
            case -1 -> p.t("无期徒刑", "life");
            default -> termMonths + p.t(" 个月", " months");
        };
    }

    private static String shorten(String excerpt) {
        return excerpt.codePointCount(0, excerpt.length()) <= EXCERPT_CHARS
                ? excerpt
                : excerpt.substring(0, excerpt.offsetByCodePoints(0, EXCERPT_CHARS)) + "…";
    }

    static String months(double m) {
        return BigDecimal.valueOf(m)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String signed(double p) {
        return (p > 0 ? "+" : "") + months(p);
    }
}
