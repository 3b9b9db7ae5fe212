package org.smartcity.app.web.admin;

import static org.smartcity.app.web.page.Html.esc;
import static org.smartcity.app.web.page.Html.urlPart;

import java.util.List;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Page;
import org.smartcity.app.web.page.Table;
import org.smartcity.platform.account.Account;
import org.smartcity.platform.audit.AuditVerification;

/** {@code /admin}: the suggestions switch, the audit chain's state (with the way to the audit browser), accounts. */
final class AdminPage {
    private AdminPage() {}

    static String render(
            boolean zh,
            WebUser user,
            String csrf,
            List<Account> accounts,
            boolean suggestionsOn,
            AuditVerification audit) {
        Page p = new Page(zh).open(zh ? "管理" : "Administration", user, csrf);
        p.raw("<section class=\"card\"><h2>")
                .text(p.t("辅助审查建议", "Assistant suggestions"))
                .raw("</h2><form data-api=\"json\" data-url=\"/api/admin/settings\" id=\"suggestions\">")
                .raw("<input type=\"hidden\" name=\"suggestions\" value=\"")
                .raw(suggestionsOn ? "off" : "on")
                .raw("\"><button type=\"submit\">")
                .text(suggestionsOn ? p.t("关闭建议", "Switch suggestions off") : p.t("开启建议", "Switch suggestions on"))
                .raw("</button><span class=\"msg\"></span></form></section>");
        p.raw("<section class=\"card\"><h2>").text(p.t("审计链", "Audit chain")).raw("</h2><p id=\"audit-state\">");
        if (audit.intact()) {
            p.text(p.t("完整，", "intact, ") + audit.entries() + p.t(" 条；链头 ", " entries; head "))
                    .data(audit.headHash());
        } else {
            long bad = audit.problem().get().seq();
            p.text(p.t("已损坏：第 " + bad + " 条记录起不再可信", "BROKEN from entry " + bad));
        }
        p.raw("</p><p><a href=\"/admin/audit\" id=\"audit-browser\">")
                .text(p.t("浏览审计记录", "Browse the audit trail"))
                .raw("</a></p></section>");
        p.raw("<section><h2>").text(p.t("用户", "Users")).raw("</h2>");
        Table t = Table.open(
                p,
                "users",
                p.t("用户与角色", "Users and their roles"),
                p.t("用户名", "Name"),
                p.t("角色", "Roles"),
                p.t("状态", "State"));
        for (Account a : accounts) {
            StringBuilder roles = new StringBuilder();
            for (String r : a.roles()) {
                roles.append(roles.length() == 0 ? "" : p.t("、", ", "));
                roles.append(roleLabel(p, r));
            }
            t.row()
                    .data(a.name())
                    .text(roles.toString())
                    .html("<form data-api=\"json\" data-url=\"/api/admin/users/" + esc(urlPart(a.name()))
                            + "/disabled\" class=\"inline\"><input type=\"hidden\" name=\"disabled\" value=\""
                            + (a.disabled() ? "false" : "true") + "\"><button type=\"submit\">"
                            + esc(a.disabled() ? p.t("已停用 · 启用", "off · enable") : p.t("启用中 · 停用", "on · disable"))
                            + "</button></form>")
                    .end();
        }
        t.close();
        p.raw("<form class=\"card\" data-api=\"json\" data-url=\"/api/admin/users\" id=\"new-user\"><h3>")
                .text(p.t("新建用户", "New user"))
                .raw("</h3><input name=\"name\" required placeholder=\"")
                .raw(esc(p.t("用户名", "name")))
                .raw("\"><input name=\"password\" type=\"password\" required minlength=\"8\" placeholder=\"")
                .raw(esc(p.t("初始密码", "initial password")))
                .raw("\">");
        for (Role r : Role.values()) {
            p.raw("<label><input type=\"checkbox\" name=\"roles\" value=\"")
                    .raw(r.name())
                    .raw("\">")
                    .text(p.roleLabel(r))
                    .raw("</label>");
        }
        p.raw("<button type=\"submit\">")
                .text(p.t("创建", "Create"))
                .raw("</button><p class=\"msg\"></p></form></section>");
        return p.close();
    }

    private static String roleLabel(Page p, String code) {
        for (Role r : Role.values()) {
            if (r.name().equals(code)) {
                return p.roleLabel(r);
            }
        }
        return code;
    }
}
