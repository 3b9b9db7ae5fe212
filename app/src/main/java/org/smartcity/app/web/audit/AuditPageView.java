package org.smartcity.app.web.audit;

import static org.smartcity.app.web.page.Html.esc;

import java.util.List;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Page;
import org.smartcity.app.web.page.Table;
import org.smartcity.app.web.page.Times;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.audit.AuditPage;
import org.smartcity.platform.audit.AuditVerification;

/**
 * {@code /admin/audit}: the administrator's audit browser — the chain's verification state, a filter form (case,
 * user, action, time range), one page of entries newest first, each told as a sentence, and links to the pages
 * before and after. Every value from the log is escaped; names and case content are marked as data.
 */
final class AuditPageView {
    /** The action families the filter offers: code (exact or ending in a dot), Chinese and English label. */
    private static final String[][] ACTIONS = {
        {"case.", "案件流转（导入、版本、移送、退回、宣判）", "case moves (import, versions, transfers, returns, judgments)"},
        {"case.import", "导入案件", "case imports"},
        {"case.version", "证据变更（新版本）", "evidence changes (new versions)"},
        {"case.transfer", "移送", "transfers"},
        {"case.return", "退回补充侦查", "returns for supplementary investigation"},
        {"case.judgment", "宣判结案", "judgments"},
        {"review.run", "辅助审查运行", "review runs"},
        {"finding.", "对发现的决定", "decisions on findings"},
        {"evidence.open", "打开证据", "evidence opened"},
        {"suggestion.shown", "量刑参考与相似案例的展示", "sentencing references and similar cases shown"},
        {"account.", "用户管理与登录锁定", "accounts and sign-in locks"},
        {"session.", "登录与退出", "sign-ins and sign-outs"},
        {"setting.change", "设置变更", "setting changes"},
        {"traffic.", "交通运营操作（信号切换、救护车、事故……）", "traffic operations (signal switches, ambulances, incidents, …)"},
    };

    private AuditPageView() {}

    static String render(
            boolean zh, WebUser user, String csrf, AuditQuery query, AuditPage page, AuditVerification chain) {
        Page p = new Page(zh).open(zh ? "审计记录" : "Audit trail", user, csrf);
        chain(p, chain);
        form(p, query);
        long pages = Math.max(1, (page.total() + AuditQuery.PAGE_SIZE - 1) / AuditQuery.PAGE_SIZE);
        p.raw("<p class=\"meta\" id=\"audit-count\">")
                .raw(esc(
                        zh
                                ? "共 " + page.total() + " 条，第 " + query.page() + " / " + pages + " 页"
                                : page.total() + (page.total() == 1 ? " entry" : " entries") + ", page " + query.page()
                                        + " of " + pages))
                .raw(" · <a href=\"/api/admin/audit/entries")
                .raw(esc(query.atPage(query.page())))
                .raw("\" translate=\"no\">JSON</a></p>");
        if (page.entries().isEmpty()) {
            p.raw("<p id=\"audit-empty\">")
                    .text(p.t("没有符合条件的记录。", "No entry matches."))
                    .raw("</p>");
        } else {
            entries(p, page.entries());
        }
        pager(p, query, pages);
        return p.close();
    }

    private static void chain(Page p, AuditVerification v) {
        p.raw("<section class=\"card\"><h2>")
                .text(p.t("审计链校验", "Audit chain check"))
                .raw("</h2>");
        if (v.intact()) {
            p.raw("<p id=\"chain-state\" class=\"ok\">")
                    .text(p.t(
                            "完整：" + v.entries() + " 条记录逐条校验无误；链头 ",
                            "Intact: all " + v.entries() + " entries check out; head "))
                    .raw("<code>")
                    .data(v.headHash())
                    .raw("</code></p>");
        } else {
            long bad = v.problem().get().seq();
            p.raw("<p id=\"chain-state\" class=\"error\">")
                    .text(p.t(
                            "已损坏：第 " + bad + " 条记录被改动、删除或插入（之前的 " + v.entries()
                                    + " 条完好）。请运行 smartcity audit verify 查明。",
                            "Broken: entry " + bad + " was altered, removed or inserted (the " + v.entries()
                                    + " entries before it are intact). Run smartcity audit verify to find out more."))
                    .raw("</p>");
        }
        p.raw("</section>");
    }

    private static void form(Page p, AuditQuery q) {
        p.raw("<form method=\"get\" action=\"/admin/audit\" class=\"card filters\" id=\"audit-filter\">");
        input(p, "case", p.t("案号", "Case"), "text", q);
        input(p, "user", p.t("人员", "User"), "text", q);
        p.raw("<label>")
                .text(p.t("操作", "Action"))
                .raw("<select name=\"action\"><option value=\"\">")
                .text(p.t("全部", "all"))
                .raw("</option>");
        String chosen = q.given().getOrDefault("action", "");
        boolean known = false;
        for (String[] a : ACTIONS) {
            known |= a[0].equals(chosen);
            p.raw("<option value=\"")
                    .raw(esc(a[0]))
                    .raw(a[0].equals(chosen) ? "\" selected>" : "\">")
                    .text(p.zh() ? a[1] : a[2])
                    .raw("</option>");
        }
        if (!known && !chosen.isEmpty()) {
            p.raw("<option value=\"")
                    .raw(esc(chosen))
                    .raw("\" selected>")
                    .text(chosen)
                    .raw("</option>");
        }
        p.raw("</select></label>");
        input(p, "from", p.t("起始", "From"), "datetime-local", q);
        input(p, "to", p.t("截止", "To"), "datetime-local", q);
        p.raw("<button type=\"submit\">")
                .text(p.t("筛选", "Filter"))
                .raw("</button> <a href=\"/admin/audit\">")
                .text(p.t("清除", "Clear"))
                .raw("</a></form>");
    }

    private static void input(Page p, String name, String label, String type, AuditQuery q) {
        String value = q.given().getOrDefault(name, "");
        if (type.equals("datetime-local") && value.length() == 10) {
            value = value + (name.equals("to") ? "T23:59" : "T00:00");
        }
        p.raw("<label>")
                .text(label)
                .raw("<input name=\"")
                .raw(name)
                .raw("\" type=\"")
                .raw(type)
                .raw("\" value=\"")
                .raw(esc(value))
                .raw("\"></label>");
    }

    private static void entries(Page p, List<AuditEntry> entries) {
        Table t = Table.open(
                p,
                "audit-entries",
                p.t("审计记录，最新的在前", "Audit entries, newest first"),
                "#",
                p.t("时间", "Time"),
                p.t("经过", "What happened"),
                p.t("操作代码", "Action code"));
        for (AuditEntry e : entries) {
            t.row()
                    .text(Long.toString(e.seq()))
                    .text(Times.of(e.at_ms(), p.zh()))
                    .html(AuditSentences.of(e.actor(), e.action(), e.caseRef(), e.detail(), p.zh())
                            .html())
                    .html("<code translate=\"no\">" + esc(e.action()) + "</code>")
                    .end();
        }
        t.close();
    }

    private static void pager(Page p, AuditQuery q, long pages) {
        if (pages <= 1) {
            return;
        }
        p.raw("<nav class=\"pager\" id=\"audit-pager\">");
        if (q.page() > 1) {
            p.raw("<a rel=\"prev\" href=\"/admin/audit")
                    .raw(esc(q.atPage(q.page() - 1)))
                    .raw("\">")
                    .text(p.t("← 较新", "← newer"))
                    .raw("</a> ");
        }
        if (q.page() < pages) {
            p.raw("<a rel=\"next\" href=\"/admin/audit")
                    .raw(esc(q.atPage(q.page() + 1)))
                    .raw("\">")
                    .text(p.t("较早 →", "older →"))
                    .raw("</a>");
        }
        p.raw("</nav>");
    }
}
