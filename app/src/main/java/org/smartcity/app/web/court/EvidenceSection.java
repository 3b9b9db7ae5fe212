package org.smartcity.app.web.court;

import static org.smartcity.app.web.page.Html.urlPart;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.smartcity.app.web.page.Page;
import org.smartcity.app.web.page.Table;
import org.smartcity.court.workflow.CaseAction;

/** The case page's evidence list (kind, title, time, opened here) and the police's form to add or replace an item. */
final class EvidenceSection {
    private EvidenceSection() {}

    static void render(Page p, CaseView v, long id, List<JsonNode> items) {
        p.raw("<section id=\"evidence\"><h2>").raw(p.t("证据目录", "Evidence")).raw("</h2>");
        Table t = Table.open(
                p,
                "evidence-list",
                p.t("证据目录（点击编号打开）", "Evidence items (open one by its id)"),
                p.t("编号", "Id"),
                p.t("种类", "Kind"),
                p.t("名称", "Title"),
                p.t("时间", "Time"),
                p.t("本阶段已打开", "Opened here"));
        for (JsonNode item : items) {
            String eid = item.path("id").asText("");
            t.row()
                    .link("/cases/" + id + "/evidence/" + urlPart(eid), eid)
                    .text(EvidenceLabels.kind(item.path("kind").asText(""), p.zh()))
                    .data(item.path("title").asText(""))
                    .text(EvidenceLabels.time(item.path("time"), p.zh()))
                    .text(v.openedHere().contains(eid) ? "✓" : "")
                    .end();
        }
        t.close();
        if (v.allowed().contains(CaseAction.EDIT_EVIDENCE)) {
            p.raw("<form class=\"card\" data-api=\"evidence\" data-url=\"/api/cases/")
                    .raw(Long.toString(id))
                    .raw("/evidence/\" data-version=\"")
                    .raw(Integer.toString(v.stored().currentVersion()))
                    .raw("\" id=\"put-evidence\"><h3>")
                    .raw(p.t(
                            "补充或替换证据（<bdi translate=\"no\">JSON</bdi> 格式，编号相同即替换）",
                            "Add or replace an item (JSON; same id replaces)"))
                    .raw("</h3><textarea name=\"item\" rows=\"4\" required translate=\"no\">{\"id\": \"E")
                    .raw(Integer.toString(items.size() + 1))
                    .raw("\", \"category\": \"documentary\", \"kind\": \"other\", \"title\": \"\", \"text\": \"\"}")
                    .raw("</textarea><button type=\"submit\">")
                    .raw(p.t("保存为新版本", "Save as a new version"))
                    .raw("</button><p class=\"msg\"></p></form>");
        }
        p.raw("</section>");
    }
}
