package org.smartcity.app.web.court;

import java.util.List;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Page;
import org.smartcity.app.web.page.Table;
import org.smartcity.app.web.page.Times;

/** {@code /cases}: the work queue, cases awaiting the user first, and the import form for the police. */
final class QueuePage {
    private QueuePage() {}

    static String render(boolean zh, WebUser user, String csrf, List<CaseSummary> cases, boolean canImport) {
        Page p = new Page(zh).open(zh ? "我的案件" : "My cases", user, csrf);
        if (canImport) {
            p.raw("<p class=\"card\"><a href=\"/cases/intake\" id=\"intake-link\">")
                    .raw(p.t(
                            "上传卷宗文件（<bdi translate=\"no\">PDF</bdi>、扫描件、<bdi translate=\"no\">Word</bdi>、文本），核对读取结果后导入",
                            "Upload the case file's documents (PDF, scans, Word, text) and confirm what was read"))
                    .raw("</a></p>");
            p.raw("<form class=\"card\" data-api=\"upload\" data-url=\"/api/cases\" id=\"import\"><h2>")
                    .raw(p.t("导入电子卷宗（<bdi translate=\"no\">JSON v1</bdi> 格式）", "Import a case file (JSON v1)"))
                    .raw("</h2><input type=\"file\" name=\"file\" accept=\".json,application/json\">")
                    .raw("<textarea name=\"json\" rows=\"3\" placeholder=\"")
                    .raw(p.t("或在此粘贴卷宗文件的内容", "or paste the JSON"))
                    .raw("\"></textarea><button type=\"submit\">")
                    .raw(p.t("导入", "Import"))
                    .raw("</button><p class=\"msg\"></p></form>");
        }
        if (cases.isEmpty()) {
            p.raw("<p>").raw(p.t("没有您可查看的案件。", "No case for you to see.")).raw("</p>");
            return p.close();
        }
        Table t = Table.open(
                p,
                "queue",
                p.t("我可查看的案件，待我处理的在前", "Cases you may see, those awaiting you first"),
                p.t("案号", "Case"),
                p.t("案件名称", "Title"),
                p.t("阶段", "Stage"),
                p.t("待我处理", "Awaits me"),
                p.t("未决问题", "Open findings"),
                p.t("更新", "Updated"));
        for (CaseSummary c : cases) {
            t.row(c.awaitsMe() ? "awaits" : null)
                    .link("/cases/" + c.stored().id(), c.stored().caseRef())
                    .data(c.stored().title())
                    .text(c.stage().label(zh))
                    .text(c.awaitsMe() ? p.t("是", "yes") : "")
                    .text(c.reviewed() ? Integer.toString(c.openFindings()) : "–")
                    .text(Times.of(c.stored().updated_ms(), p.zh()))
                    .end();
        }
        t.close();
        return p.close();
    }
}
