package org.smartcity.app.web.page;

import static org.smartcity.app.web.page.Html.esc;

import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebUser;

/**
 * The frame every workspace page shares (header, navigation, language switch, sign-out form) and the language of
 * the request. Everything passed in as data is escaped by the caller through {@link Html#esc}; this class escapes
 * what it writes itself. Mutable while a page is built; one per request.
 */
public final class Page {
    private static final java.util.regex.Pattern CJK_RUNS = java.util.regex.Pattern.compile(
            "[\\p{IsHan}\\u3000-\\u303f\\uff01-\\uff5e][\\p{IsHan}\\u3000-\\u303f\\uff01-\\uff5e0-9\\s]*");
    private static final java.util.regex.Pattern LATIN_WORDS =
            java.util.regex.Pattern.compile("[A-Za-z]{2,}(?:[\\s./_-]*[A-Za-z0-9]+)*");
    private final boolean zh;
    private final StringBuilder out = new StringBuilder(8192);

    public Page(boolean zh) {
        this.zh = zh;
    }

    public boolean zh() {
        return zh;
    }

    /** The Chinese or the English text, by the request's language. */
    public String t(String chinese, String english) {
        return zh ? chinese : english;
    }

    public Page raw(String html) {
        out.append(html);
        return this;
    }

    public Page text(String s) {
        out.append(esc(s));
        return this;
    }

    /**
     * Data that is not in the page's language by design (a name, a case's content, an id): escaped and marked
     * {@code translate="no"}, which tells translators, screen readers and the language checks that it is content.
     */
    public Page data(String s) {
        out.append("<bdi translate=\"no\">").append(esc(s)).append("</bdi>");
        return this;
    }

    /**
     * Text in the page's language that quotes data in the other one (an engine's message quoting a case's Chinese
     * text on an English page): escaped, and each run of the other script marked as data like {@link #data}. The
     * other script is Chinese characters (with their punctuation) on an English page, and words of two or more Latin
     * letters on a Chinese page.
     */
    public Page quoting(String s) {
        java.util.regex.Matcher m = (zh ? LATIN_WORDS : CJK_RUNS).matcher(s == null ? "" : s);
        int at = 0;
        while (m.find()) {
            out.append(esc(s.substring(at, m.start())));
            data(m.group());
            at = m.end();
        }
        out.append(esc(s == null ? "" : s.substring(at)));
        return this;
    }

    /** Starts the document; {@code user} and {@code csrf} are null on the sign-in page. */
    public Page open(String title, WebUser user, String csrf) {
        return open(title, user, csrf, false);
    }

    /** Starts the document of a page about one thing whose name is data (a case's title, an item's title). */
    public Page openAbout(String title, WebUser user, String csrf) {
        return open(title, user, csrf, true);
    }

    private Page open(String title, WebUser user, String csrf, boolean titleIsData) {
        out.append("<!doctype html><html lang=\"")
                .append(zh ? "zh-CN" : "en")
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        if (csrf != null) {
            out.append("<meta name=\"csrf\" content=\"").append(esc(csrf)).append("\">");
        }
        out.append("<title>")
                .append(esc(title))
                .append(" · ")
                .append(t("智慧刑事办案工作台", "Smart court workspace"))
                .append("</title><link rel=\"stylesheet\" href=\"/court/static/court.css\">")
                .append("<script src=\"/court/static/court.js\" defer></script></head><body><header>")
                .append("<a class=\"brand\" href=\"/cases\">")
                .append(t("智慧刑事办案工作台", "Smart court workspace"))
                .append("</a><nav>");
        if (user != null) {
            out.append("<a href=\"/cases\">").append(t("我的案件", "My cases")).append("</a>");
            if (user.has(Role.ADMIN)) {
                out.append("<a href=\"/admin\">")
                        .append(t("管理", "Administration"))
                        .append("</a><a href=\"/admin/audit\">")
                        .append(t("审计记录", "Audit trail"))
                        .append("</a>");
            }
        }
        out.append("<a href=\"/about\">")
                .append(t("关于辅助系统", "About the assistant"))
                .append("</a>");
        out.append("<a id=\"lang\" translate=\"no\" lang=\"")
                .append(zh ? "en" : "zh-CN")
                .append("\" href=\"/lang?to=")
                .append(zh ? "en" : "zh")
                .append("\">")
                .append(zh ? "English" : "中文")
                .append("</a>");
        if (user != null) {
            out.append("<span class=\"who\"><bdi translate=\"no\">")
                    .append(esc(user.name()))
                    .append("</bdi> (");
            boolean first = true;
            for (Role r : user.roles()) {
                out.append(first ? "" : ", ").append(roleLabel(r));
                first = false;
            }
            out.append(")</span><form method=\"post\" action=\"/logout\" class=\"inline\">")
                    .append("<input type=\"hidden\" name=\"_csrf\" value=\"")
                    .append(esc(csrf))
                    .append("\"><button type=\"submit\" id=\"logout\">")
                    .append(t("退出", "Sign out"))
                    .append("</button></form>");
        }
        out.append("</nav></header><main><h1>");
        if (titleIsData) {
            data(title);
        } else {
            out.append(esc(title));
        }
        out.append("</h1>");
        return this;
    }

    public String roleLabel(Role r) {
        return switch (r) {
            case POLICE -> t("公安", "police");
            case PROSECUTOR -> t("检察", "prosecutor");
            case JUDGE -> t("法官", "judge");
            case ADMIN -> t("管理员", "administrator");
            case TRAFFIC_OPERATOR -> t("交通运营", "traffic operator");
        };
    }

    public String close() {
        out.append("</main></body></html>");
        return out.toString();
    }
}
