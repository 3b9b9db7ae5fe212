package org.smartcity.app.web.court;

import static org.smartcity.app.web.page.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Page;
import org.smartcity.court.intake.PageText;

/**
 * The police's intake pages: {@code /cases/intake} (upload the documents of a case file) and the confirmation page of
 * an upload: page by page, the page's image (or its text, for Word and text documents) beside the fields read from
 * it, each editable where it is a text or number; fields below {@link #LOW_CONFIDENCE} are marked {@code low}, fields
 * not read {@code unread}. Confirming imports the case file (with the edits, each audited) and runs the review.
 */
final class IntakePage {
    static final double LOW_CONFIDENCE = 0.8;

    private IntakePage() {}

    static String upload(boolean zh, WebUser user, String csrf, String error) {
        Page p = new Page(zh).open(zh ? "上传卷宗" : "Upload a case file", user, csrf);
        if (error != null) {
            p.raw("<p class=\"error\" role=\"alert\">").data(error).raw("</p>");
        }
        p.raw("<form class=\"card\" method=\"post\" action=\"/cases/intake\" enctype=\"multipart/form-data\"")
                .raw(" id=\"intake-upload\"><h2>")
                .raw(p.t("上传卷宗文件", "Upload the case file's documents"))
                .raw("</h2><p>")
                .raw(p.t(
                        "整本卷宗的一个文件，或其全部文书（按文件名排序）：<bdi translate=\"no\">PDF</bdi>、扫描图片（<bdi translate=\"no\">PNG、JPEG、TIFF</bdi>）、<bdi translate=\"no\">Word (.docx)</bdi>、文本（<bdi translate=\"no\">.txt</bdi>）。",
                        "One file of the whole case file, or all its documents (taken in file-name order): PDF, scans"
                                + " (PNG, JPEG, TIFF), Word (.docx), text (.txt)."))
                .raw("</p><input type=\"hidden\" name=\"_csrf\" value=\"")
                .raw(esc(csrf == null ? "" : csrf))
                .raw("\"><input type=\"file\" name=\"files\" multiple required accept=\"")
                .raw(accept())
                .raw("\"><button type=\"submit\">")
                .raw(p.t("读取", "Read"))
                .raw("</button></form>");
        return p.close();
    }

    static String confirm(boolean zh, WebUser user, String csrf, IntakeUploads.Upload u) {
        var c = u.caseFile();
        Page p = new Page(zh).open(zh ? "核对读取结果" : "Confirm what was read", user, csrf);
        List<IntakeFields.Row> rows = IntakeFields.rows(c);
        long low = rows.stream()
                .filter(r -> !r.unread() && r.confidence() < LOW_CONFIDENCE)
                .count();
        long unread = rows.stream().filter(IntakeFields.Row::unread).count();
        p.raw("<p>")
                .text(p.t("卷宗", "Case file") + " ")
                .data(c.path("caseId").asText())
                .text(" · " + p.t("共", "") + u.result().pages().size() + p.t(" 页", " pages") + " · ")
                .text(p.t("证据 ", "evidence items: ") + c.path("evidence").size() + " · ")
                .raw("<span class=\"low\">")
                .text(p.t("低置信度 ", "low confidence: ") + low)
                .raw("</span> · <span class=\"unread\">")
                .text(p.t("未读出 ", "not read: ") + unread)
                .raw("</span></p>");
        p.raw("<form method=\"post\" action=\"/cases/intake/")
                .raw(esc(u.id()))
                .raw("/confirm\" id=\"intake-confirm\"><input type=\"hidden\" name=\"_csrf\" value=\"")
                .raw(esc(csrf == null ? "" : csrf))
                .raw("\">");
        Map<Integer, List<IntakeFields.Row>> byPage = new TreeMap<>();
        for (IntakeFields.Row r : rows) {
            byPage.computeIfAbsent(r.page(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Integer, List<IntakeFields.Row>> e : byPage.entrySet()) {
            int page = e.getKey();
            PageText text = u.result().pages().stream()
                    .filter(x -> x.page() == page)
                    .findFirst()
                    .orElse(null);
            p.raw("<section class=\"intake-page\" id=\"page-")
                    .raw(Integer.toString(page))
                    .raw("\"><figure>");
            if (text != null && hasImage(text)) {
                p.raw("<img loading=\"lazy\" width=\"420\" src=\"/cases/intake/")
                        .raw(esc(u.id()))
                        .raw("/pages/")
                        .raw(Integer.toString(page))
                        .raw("\" alt=\"")
                        .raw(esc(p.t("第 " + page + " 页", "page " + page)))
                        .raw("\">");
            } else if (text != null) {
                p.raw("<pre translate=\"no\">");
                text.lines().forEach(l -> p.text(l.text()).raw("\n"));
                p.raw("</pre>");
            }
            p.raw("<figcaption>")
                    .text(p.t("第 " + page + " 页", "Page " + page))
                    .raw(text == null ? "" : " · ")
                    .data(text == null ? "" : text.file() + " " + text.filePage())
                    .raw("</figcaption></figure><table><thead><tr><th>")
                    .text(p.t("字段", "Field"))
                    .raw("</th><th>")
                    .text(p.t("读出的值", "Value read"))
                    .raw("</th><th>")
                    .text(p.t("置信度", "Confidence"))
                    .raw("</th></tr></thead><tbody>");
            for (IntakeFields.Row r : e.getValue()) {
                String cls = r.unread() ? "unread" : r.confidence() < LOW_CONFIDENCE ? "low" : "ok";
                p.raw("<tr class=\"").raw(cls).raw("\"><td>").data(r.path()).raw("</td><td>");
                if (r.editable()) {
                    p.raw("<input name=\"f:")
                            .raw(esc(r.path()))
                            .raw("\" value=\"")
                            .raw(esc(r.value()))
                            .raw("\" translate=\"no\">");
                } else {
                    p.data(r.value());
                }
                if (r.reason() != null) {
                    p.raw("<br><small>").quoting(r.reason()).raw("</small>");
                }
                p.raw("</td><td>")
                        .text(r.unread() ? p.t("未读出", "not read") : String.format(Locale.ROOT, "%.2f", r.confidence()))
                        .raw("</td></tr>");
            }
            p.raw("</tbody></table></section>");
        }
        p.raw("<button type=\"submit\">")
                .raw(p.t("确认并导入，然后审查", "Confirm, import and review"))
                .raw("</button></form>");
        return p.close();
    }

    private static boolean hasImage(PageText t) {
        return t.file().toLowerCase(Locale.ROOT).matches(".*\\.(pdf|png|jpe?g|tiff?)$");
    }

    private static String accept() {
        StringBuilder b = new StringBuilder();
        for (String e : IntakeUploads.extensions()) {
            b.append(b.length() == 0 ? "" : ",").append('.').append(e);
        }
        return b.toString();
    }
}
