package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Page;

/** {@code /cases/{id}/evidence/{eid}}: one evidence item's fields and text. */
final class EvidencePage {
    private EvidencePage() {}

    static String render(boolean zh, WebUser user, String csrf, CaseView v, JsonNode item) {
        String eid = item.path("id").asText("");
        Page p = new Page(zh).openAbout(eid + " " + item.path("title").asText(""), user, csrf);
        p.raw("<p><a href=\"/cases/")
                .raw(Long.toString(v.stored().id()))
                .raw("\">← ")
                .data(v.stored().title())
                .raw("</a></p><dl class=\"item\">");
        for (Map.Entry<String, JsonNode> field : item.properties()) {
            if (field.getKey().equals("text")) {
                continue;
            }
            p.raw("<dt>").text(EvidenceLabels.field(field.getKey(), p.zh())).raw("</dt><dd>");
            JsonNode value = field.getValue();
            if (EvidenceLabels.translated(field.getKey(), value)) {
                p.text(EvidenceLabels.value(field.getKey(), value, p.zh()));
            } else {
                p.data(EvidenceLabels.value(field.getKey(), value, p.zh()));
            }
            p.raw("</dd>");
        }
        p.raw("</dl><h2>")
                .raw(p.t("文书内容", "Document text"))
                .raw("</h2><pre class=\"doc\" id=\"doc-text\">")
                .data(item.path("text").asText(""))
                .raw("</pre>");
        return p.close();
    }
}
