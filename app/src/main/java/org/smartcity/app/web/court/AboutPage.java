package org.smartcity.app.web.court;

import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Page;

/** {@code /about}: what each engine does, its measured accuracy and its known limits. */
final class AboutPage {
    private AboutPage() {}

    static String render(boolean zh, WebUser user, String csrf, boolean suggestionsOn) {
        Page p = new Page(zh).open(zh ? "关于辅助系统" : "About the assistant", user, csrf);
        p.raw("<p>")
                .raw(
                        p.t(
                                "辅助系统只提出建议，不作决定：每条发现都由办案人员采纳、不予采纳（须写明理由）或标记为已补正，所有操作记入防篡改的审计日志（依《欧盟人工智能法》附件三第8(a)项及第13、14条对司法领域人工智能透明度与人工监督的要求）。当前状态：",
                                "The assistant suggests, it never decides: a person accepts each finding, dismisses it with a written reason or marks it cured, and every act goes into the tamper-evident audit log (transparency and human oversight as the EU AI Act asks of AI used in justice, Annex III 8(a), arts. 13–14). Current state: "))
                .raw("<strong>")
                .raw(suggestionsOn ? p.t("建议已开启", "suggestions on") : p.t("建议已由管理员关闭", "suggestions switched off"))
                .raw("</strong>.</p>");
        p.raw("<h2>")
                .raw(p.t("证据审查引擎", "Evidence review engine"))
                .raw(" (")
                .data(CaseService.ENGINE)
                .raw(")</h2><p>")
                .raw(
                        p.t(
                                "按罪名的证据标准（数据文件，可由法院增补）逐项检查电子卷宗：缺失的必备证据、可补正的瑕疵（如讯问笔录仅一名侦查人员签名）、应当排除的证据、证据之间的矛盾（时间、地点、金额、身份）。每条发现写明规则、法律依据和所涉证据原文。",
                                "Checks the electronic case file against the evidence standard of each charge (data files a court can extend): required items missing, curable defects (e.g. an interrogation signed by one investigator), evidence to exclude, contradictions between items (times, places, amounts, identity). Each finding names its rule, its legal basis and quotes the items."))
                .raw("</p><ul><li>")
                .raw(
                        p.t(
                                "准确性：自有的 17 个样例案件（其中 7 个由第二名工程师仅依规范编写、未看规则）全部给出预期发现；在前 5 个未见案件的首次运行中，16 项预期发现找到 13 项，误报 1 项（原因已修正）。",
                                "Accuracy: all 17 own sample cases (7 written from the spec alone by a second engineer who did not see the rules) give exactly their expected findings; on the first run over the first 5 unseen cases it found 13 of 16 expected findings with 1 false alarm (causes since fixed)."))
                .raw("</li><li>")
                .raw(p.t(
                        "速度：单线程约 5–15 毫秒审查一个 60 项证据的案件（<bdi translate=\"no\">docs/benchmarks.md</bdi>）。",
                        "Speed: about 5–15 ms for a 60-item case on one thread (docs/benchmarks.md)."))
                .raw("</li><li>")
                .raw(
                        p.t(
                                "已知局限：不识别文本中的人名（未用 <bdi translate=\"no\">HanLP</bdi>）；不抽取英文案件文本中的事实；文本含糊时宁可不报（优先精确率），因此可能漏报；只覆盖六个罪名。",
                                "Known limits: person names in text are not recognised (no HanLP); facts in English case texts are not extracted; where the text is ambiguous it stays silent (precision first), so it can miss findings; six charges only."))
                .raw("</li></ul><h2>")
                .raw(p.t("罪名、法条、刑期建议与类案检索", "Charge, article and term suggestion; similar cases"))
                .raw("</h2><p>")
                .raw(
                        p.t(
                                "案件页的“量刑参考”面板按 2021 年量刑指导意见的内置规则逐步计算（仅供参考，不是裁判）；服务器以 <bdi translate=\"no\">--index</bdi> 启动时，“相似案例”面板列出案例库中最相似的 5 件及其刑期，以 <bdi translate=\"no\">--model</bdi> 启动时由模型参与排序。每次展示都记入审计日志（含引擎版本）。在 4,058 件 <bdi translate=\"no\">CAIL2018</bdi> 判决上五折交叉验证：罪名 53.6、法条 50.6、刑期 54.0（<bdi translate=\"no\">CAIL</bdi> 评分），类案 <bdi translate=\"no\">P@10</bdi> 0.840；罕见罪名的效果差。",
                                "The case page's sentencing reference panel works through the built-in 2021 national guideline rules step by step (a reference, not a decision); when the server runs with --index, the similar cases panel lists the 5 most similar cases of the library with their terms, ranked with the model when it runs with --model. Every reference shown is logged in the audit log with the engine versions. 5-fold cross-validation on 4,058 CAIL2018 judgments: charges 53.6, articles 50.6, term 54.0 (CAIL scores), similar-case P@10 0.840; rare charges score poorly."))
                .raw("</p>");
        return p.close();
    }
}
