package org.smartcity.app.web.signin;

import org.smartcity.app.web.page.Page;

/** {@code /login}: the sign-in form, with the reason of the last refusal when there was one. */
final class LoginPage {
    private LoginPage() {}

    /** @param error the refusal in the page's language, or null */
    static String render(boolean zh, String error) {
        Page p = new Page(zh).open(zh ? "登录" : "Sign in", null, null);
        if (error != null) {
            p.raw("<p class=\"error\">").text(error).raw("</p>");
        }
        p.raw("<form method=\"post\" action=\"/login\" class=\"card\" id=\"login\"><label>")
                .text(p.t("用户名", "User name"))
                .raw("<input name=\"name\" autocomplete=\"username\" required></label><label>")
                .text(p.t("密码", "Password"))
                .raw("<input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>")
                .raw("<button type=\"submit\">")
                .text(p.t("登录", "Sign in"))
                .raw("</button></form>");
        return p.close();
    }
}
