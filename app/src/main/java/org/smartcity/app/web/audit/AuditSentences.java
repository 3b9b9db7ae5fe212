package org.smartcity.app.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartcity.court.standard.StandardCatalogue;
import org.smartcity.court.standard.StandardException;
import org.smartcity.court.workflow.CaseStage;
import org.smartcity.court.workflow.ChargeVerdict;

/**
 * Renders an audit entry as a sentence people read, in Chinese or English: who did what to which case, finding or
 * evidence item, and why (the reason the entry keeps). Every action the workspace and the traffic dashboard write
 * has its own sentence; an action this code does not know is told as "did {action}". Stateless.
 */
public final class AuditSentences {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Optional<StandardCatalogue> CHARGES = catalogue();
    private static final Pattern EVIDENCE_NOTE = Pattern.compile("evidence (.+) (added|replaced)");

    private AuditSentences() {}

    /** The sentence for an entry with these fields ({@code caseRef} null for entries about no case). */
    public static Sentence of(String actor, String action, String caseRef, String detailJson, boolean zh) {
        JsonNode d = parse(detailJson);
        Sentence s = new Sentence().data(actor).words(zh ? " " : " ");
        String ref = caseRef == null ? "" : caseRef;
        switch (action) {
            case "case.import" -> {
                s.words(t(zh, "导入案件 ", "imported case ")).data(ref);
                stage(s, d, "stage", zh, "（阶段：", "）", " (stage: ", ")");
            }
            case "case.version" -> {
                s.words(t(zh, "将案件 ", "saved case ")).data(ref).words(t(zh, " 保存为第 ", " as version "));
                s.words(d.path("version").asText("?")).words(t(zh, " 版", ""));
                Matcher m = EVIDENCE_NOTE.matcher(d.path("note").asText(""));
                if (m.matches()) {
                    s.words(t(zh, "：", ": "))
                            .words(
                                    m.group(2).equals("added")
                                            ? t(zh, "补充证据 ", "evidence added, ")
                                            : t(zh, "替换证据 ", "evidence replaced, "))
                            .data(m.group(1));
                } else if (!d.path("note").asText("").isEmpty()) {
                    s.words(t(zh, "：", ": ")).data(d.path("note").asText());
                }
            }
            case "review.run" -> {
                int findings = d.path("findings").size();
                s.words(t(zh, "对案件 ", "ran the review assistant on case ")).data(ref);
                s.words(t(zh, " 第 ", ", version ")).words(d.path("version").asText("?"));
                s.words(t(zh, " 版运行辅助审查，得出 ", ", which gave "))
                        .words(Integer.toString(findings))
                        .words(t(zh, " 条发现", findings == 1 ? " finding" : " findings"));
            }
            case "finding.accept", "finding.dismiss", "finding.cured" -> {
                String verb = switch (action) {
                    case "finding.accept" -> t(zh, "采纳了案件 ", "accepted, in case ");
                    case "finding.dismiss" -> t(zh, "不予采纳案件 ", "dismissed, in case ");
                    default -> t(zh, "将案件 ", "marked as cured, in case ");
                };
                s.words(verb)
                        .data(ref)
                        .words(t(zh, " 的发现 ", ", the finding "))
                        .data(d.path("finding").asText(""));
                if (action.equals("finding.cured")) {
                    s.words(t(zh, " 标记为已补正", ""));
                }
                reason(s, d.path("reason").asText(""), zh);
            }
            case "case.transfer" -> {
                s.words(t(zh, "将案件 ", "moved case ")).data(ref);
                s.words(t(zh, " 从", " from ")).words(stageLabel(d.path("from").asText(""), zh));
                s.words(t(zh, "移送至", " to ")).words(stageLabel(d.path("to").asText(""), zh));
                List<String> unopened = texts(d.path("unopenedConfirmed"));
                if (!unopened.isEmpty()) {
                    s.words(t(zh, "，并确认了本阶段未打开的证据 ", ", confirming the items not opened at that stage: "))
                            .data(String.join(t(zh, "、", ", "), unopened));
                }
                reason(s, d.path("reason").asText(""), zh);
            }
            case "case.return" -> {
                s.words(t(zh, "将案件 ", "returned case ")).data(ref);
                s.words(t(zh, " 退回补充侦查", " for supplementary investigation"));
                if (d.has("returnNumber")) {
                    s.words(t(zh, "（第 ", " (return "))
                            .words(d.path("returnNumber").asText())
                            .words(t(zh, " 次）", ")"));
                }
                reason(s, d.path("reason").asText(""), zh);
            }
            case "case.judgment" -> {
                s.words(t(zh, "对案件 ", "recorded the judgment of case ")).data(ref);
                s.words(t(zh, " 宣判结案", ""));
                List<String> verdicts = new ArrayList<>();
                for (JsonNode c : d.path("judgment").path("charges")) {
                    verdicts.add(chargeName(c.path("charge").asText(""), zh) + " "
                            + ChargeVerdict.fromCode(c.path("verdict").asText(""))
                                    .map(v -> v.label(zh))
                                    .orElse(c.path("verdict").asText("")));
                }
                if (!verdicts.isEmpty()) {
                    s.words(t(zh, "：", ": ")).data(String.join(t(zh, "；", "; "), verdicts));
                }
                List<String> overridden = texts(d.path("overridden"));
                if (!overridden.isEmpty()) {
                    s.words(t(zh, "；未决的排除级发现 ", "; the undecided exclusion-level findings "))
                            .data(String.join(t(zh, "、", ", "), overridden))
                            .words(t(zh, " 经说明理由后结案", " were closed over with a reason"));
                    reason(s, d.path("override").asText(""), zh);
                }
            }
            case "evidence.open" -> {
                s.words(t(zh, "在", "opened, at the "))
                        .words(stageLabel(d.path("stage").asText(""), zh));
                s.words(t(zh, "阶段打开了案件 ", " stage, in case ")).data(ref);
                s.words(t(zh, " 第 ", " version ")).words(d.path("version").asText("?"));
                s.words(t(zh, " 版的证据 ", ", evidence item "))
                        .data(d.path("evidence").asText(""));
            }
            case "suggestion.shown" -> {
                s.words(t(zh, "查看了案件 ", "was shown the sentencing reference and similar cases of case "))
                        .data(ref);
                s.words(t(zh, " 第 ", ", version ")).words(d.path("version").asText("?"));
                s.words(t(zh, " 版的量刑参考与相似案例", ""));
                String months = d.path("months").asText("");
                if (!months.isEmpty()) {
                    s.words(t(zh, "（参考刑期 ", " (reference term "))
                            .words(months(months))
                            .words(t(zh, " 个月）", " months)"));
                }
            }
            case "account.create" -> {
                s.words(t(zh, "创建了用户 ", "created the user "))
                        .data(d.path("name").asText(""));
                s.words(t(zh, "（角色：", " (roles: "))
                        .data(d.path("roles").asText(""))
                        .words(t(zh, "）", ")"));
            }
            case "account.disable" ->
                s.words(t(zh, "停用了用户 ", "disabled the user "))
                        .data(d.path("name").asText(""));
            case "account.enable" ->
                s.words(t(zh, "启用了用户 ", "enabled the user "))
                        .data(d.path("name").asText(""));
            case "account.signin.locked" -> {
                s.words(t(zh, "登录失败次数过多，自 ", "was locked out after too many failed sign-ins from "))
                        .data(d.path("address").asText(""))
                        .words(t(zh, " 的登录被锁定 ", " for "))
                        .words(d.path("seconds").asText("?"))
                        .words(t(zh, " 秒", " s"));
            }
            case "session.start" -> s.words(t(zh, "登录", "signed in"));
            case "session.end" -> s.words(t(zh, "退出登录", "signed out"));
            case "setting.change" -> {
                String name = d.path("name").asText("");
                String value = d.path("value").asText("");
                if (name.equals("assistant.suggestions")) {
                    s.words(
                            value.equals("off")
                                    ? t(zh, "关闭了辅助审查建议", "switched the assistant's suggestions off")
                                    : t(zh, "开启了辅助审查建议", "switched the assistant's suggestions on"));
                } else {
                    s.words(t(zh, "将设置 ", "set "))
                            .data(name)
                            .words(t(zh, " 改为 ", " to "))
                            .data(value);
                }
            }
            default -> {
                if (action.startsWith("traffic.")) {
                    traffic(s, action.substring("traffic.".length()), d, zh);
                } else {
                    s.words(t(zh, "执行了操作 ", "did ")).data(action);
                    if (!ref.isEmpty()) {
                        s.words(t(zh, "（案件 ", " (case ")).data(ref).words(t(zh, "）", ")"));
                    }
                }
            }
        }
        return s.words(t(zh, "。", "."));
    }

    private static void traffic(Sentence s, String action, JsonNode d, boolean zh) {
        String what = switch (action) {
            case "pause" -> t(zh, "暂停了数字孪生仿真", "paused the digital twin");
            case "resume" -> t(zh, "恢复了数字孪生仿真", "resumed the digital twin");
            case "step" -> t(zh, "将数字孪生单步推进", "stepped the digital twin");
            case "speed" -> t(zh, "调整了仿真速度", "changed the simulation speed");
            case "switch-controller" -> t(zh, "切换了信号控制方案", "switched the signal controller");
            case "inject-incident" -> t(zh, "注入了交通事故（车道封堵）", "injected an incident (a blocked lane)");
            case "dispatch-ambulance" -> t(zh, "派出了救护车（信号优先）", "dispatched an ambulance (signal priority)");
            case "compare" -> t(zh, "运行了信号控制方案对比", "ran a signal controller comparison");
            case "load-network" -> t(zh, "加载了路网与交通需求", "loaded a road network and its demand");
            default -> null;
        };
        if (what == null) {
            s.words(t(zh, "执行了交通操作 ", "did the traffic action ")).data(action);
        } else {
            s.words(what);
        }
        if (!trafficFields(s, action, d, zh)) {
            String detail = d.path("detail").asText("");
            if (!detail.isEmpty()) {
                s.words(t(zh, "：", ": ")).data(detail);
            }
        }
    }

    /** Tells what the operator asked for from the entry's request fields; false when the entry has none. */
    private static boolean trafficFields(Sentence s, String action, JsonNode d, boolean zh) {
        switch (action) {
            case "speed" -> {
                if (!d.has("speed")) {
                    return false;
                }
                double speed = d.path("speed").asDouble();
                s.words(t(zh, "为", " to "))
                        .words(
                                speed == 0
                                        ? t(zh, "尽可能快", "as fast as possible")
                                        : "×" + d.path("speed").asText());
            }
            case "step" -> {
                if (!d.has("steps")) {
                    return false;
                }
                s.words(t(zh, " ", " by ")).words(d.path("steps").asText()).words(t(zh, " 步", " step(s)"));
            }
            case "switch-controller" -> {
                if (!d.has("controller")) {
                    return false;
                }
                String junction = d.path("junction").asText("");
                s.words(t(zh, "：", ": "));
                if (junction.isEmpty()) {
                    s.words(t(zh, "全部路口", "all junctions"));
                } else {
                    s.words(t(zh, "路口 ", "junction ")).data(junction);
                }
                s.words(t(zh, "改用 ", " now run ")).data(d.path("controller").asText());
            }
            case "inject-incident" -> {
                if (!d.has("road")) {
                    return false;
                }
                s.words(t(zh, "：道路 ", ": road ")).data(d.path("road").asText());
                s.words(t(zh, " 第 ", ", lane "))
                        .words(d.path("lane").asText("?"))
                        .words(t(zh, " 车道（从左起，0 为最左）", ""));
                s.words(t(zh, "距起点 ", " at "))
                        .words(d.path("position_m").asText("?"))
                        .words(t(zh, " 米处封堵 ", " m, blocked for "));
                s.words(d.path("duration_s").asText("?")).words(t(zh, " 秒", " s"));
            }
            case "dispatch-ambulance" -> {
                if (!d.has("origin")) {
                    return false;
                }
                s.words(t(zh, "：从道路 ", ": from road ")).data(d.path("origin").asText());
                s.words(t(zh, " 到道路 ", " to road ")).data(d.path("destination").asText(""));
            }
            case "compare" -> {
                if (!d.has("controllers")) {
                    return false;
                }
                s.words(t(zh, "：", ": ")).data(d.path("controllers").asText());
                if (d.has("steps")) {
                    s.words(t(zh, "，", ", ")).words(d.path("steps").asText()).words(t(zh, " 步", " steps"));
                }
            }
            default -> {
                return action.equals("pause") || action.equals("resume");
            }
        }
        return true;
    }

    private static void stage(
            Sentence s,
            JsonNode d,
            String field,
            boolean zh,
            String zhOpen,
            String zhClose,
            String enOpen,
            String enClose) {
        String code = d.path(field).asText("");
        if (!code.isEmpty()) {
            s.words(t(zh, zhOpen, enOpen)).words(stageLabel(code, zh)).words(t(zh, zhClose, enClose));
        }
    }

    private static void reason(Sentence s, String reason, boolean zh) {
        if (!reason.isBlank()) {
            s.words(t(zh, "，理由：", "; reason: ")).data(reason);
        }
    }

    /** A charge by its name in the standards (theft → 盗窃罪 / theft); an unknown code as written. */
    private static String chargeName(String code, boolean zh) {
        return CHARGES.flatMap(c -> c.find(code))
                .map(s -> zh ? s.nameZh() : s.nameEn())
                .orElse(code);
    }

    private static Optional<StandardCatalogue> catalogue() {
        try {
            return Optional.of(StandardCatalogue.builtIn());
        } catch (StandardException e) {
            return Optional.empty();
        }
    }

    private static String stageLabel(String code, boolean zh) {
        return CaseStage.fromCode(code).map(x -> x.label(zh)).orElse(code);
    }

    private static String months(String text) {
        try {
            double m = Double.parseDouble(text);
            return m == Math.rint(m) ? Long.toString((long) m) : String.format(java.util.Locale.ROOT, "%.1f", m);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String t(boolean zh, String chinese, String english) {
        return zh ? chinese : english;
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode n = JSON.readTree(json == null ? "{}" : json);
            return n == null ? JsonNodeFactory.instance.objectNode() : n;
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.objectNode();
        }
    }
}
