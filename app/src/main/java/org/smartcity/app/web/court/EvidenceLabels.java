package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.smartcity.app.web.page.Times;
import org.smartcity.court.casefile.EvidenceKind;

/**
 * Evidence as people read it in the page's language: kinds by their names (讯问笔录 / interrogation record), the
 * categories of the Criminal Procedure Law, the case file's field names, and times ({@link Times}). A code this
 * class does not know is shown as written. Stateless.
 */
final class EvidenceLabels {
    private static final Map<String, String[]> CATEGORIES = Map.of(
            "physical", new String[] {"物证", "physical evidence"},
            "documentary", new String[] {"书证", "documentary evidence"},
            "witness-testimony", new String[] {"证人证言", "witness testimony"},
            "victim-statement", new String[] {"被害人陈述", "victim's statement"},
            "suspect-statement", new String[] {"犯罪嫌疑人、被告人供述和辩解", "suspect's statement"},
            "expert-opinion", new String[] {"鉴定意见", "expert opinion"},
            "record", new String[] {"勘验、检查、辨认、侦查实验等笔录", "record of inspection or identification"},
            "audio-visual", new String[] {"视听资料", "audio-visual material"},
            "electronic-data", new String[] {"电子数据", "electronic data"});

    private static final Map<String, String[]> FIELDS = Map.ofEntries(
            Map.entry("id", new String[] {"编号", "id"}),
            Map.entry("category", new String[] {"证据种类", "category"}),
            Map.entry("kind", new String[] {"文书类型", "kind"}),
            Map.entry("title", new String[] {"名称", "title"}),
            Map.entry("time", new String[] {"时间", "time"}),
            Map.entry("place", new String[] {"地点", "place"}),
            Map.entry("subject", new String[] {"对象", "subject"}),
            Map.entry("collectedBy", new String[] {"收集人", "collected by"}),
            Map.entry("signedBy", new String[] {"签名人", "signed by"}),
            Map.entry("present", new String[] {"在场人", "present"}),
            Map.entry("refersTo", new String[] {"涉及", "refers to"}),
            Map.entry("recording", new String[] {"同步录音录像", "recorded on video"}),
            Map.entry("facts", new String[] {"记载的事实", "facts recorded"}),
            Map.entry("amount_cny", new String[] {"金额（元）", "amount (yuan)"}),
            Map.entry("bloodAlcohol_mg100ml", new String[] {"血液酒精含量（mg/100ml）", "blood alcohol (mg/100ml)"}),
            Map.entry("drugWeight_g", new String[] {"毒品重量（克）", "drug weight (g)"}),
            Map.entry("identifiedPerson", new String[] {"被辨认人", "person identified"}),
            Map.entry("lineupSize", new String[] {"辨认对象人数", "line-up size"}),
            Map.entry("injuryGrade", new String[] {"伤情等级", "injury grade"}),
            Map.entry("items", new String[] {"物品", "items"}));

    private EvidenceLabels() {}

    /** The kind's name ({@code seizure-list} → 扣押清单 / seizure list). */
    static String kind(String code, boolean zh) {
        return EvidenceKind.fromCode(code)
                .map(k -> zh ? k.nameZh() : k.nameEn())
                .orElse(code);
    }

    static String category(String code, boolean zh) {
        String[] names = CATEGORIES.get(code);
        return names == null ? code : names[zh ? 0 : 1];
    }

    /** The name of a field of an evidence item; an unknown field keeps its name. */
    static String field(String name, boolean zh) {
        String[] names = FIELDS.get(name);
        return names == null ? name : names[zh ? 0 : 1];
    }

    /** True when the field's value is shown in the page's language (a kind, category, time or yes/no). */
    static boolean translated(String name, JsonNode value) {
        return name.equals("kind")
                || name.equals("category")
                || name.equals("time")
                || value.isBoolean()
                || value.isNumber();
    }

    /** A field's value as people read it: kinds and categories by name, times, yes/no; else its text. */
    static String value(String name, JsonNode value, boolean zh) {
        return switch (name) {
            case "kind" -> kind(value.asText(""), zh);
            case "category" -> category(value.asText(""), zh);
            case "time" -> time(value, zh);
            default -> {
                if (value.isBoolean()) {
                    yield value.asBoolean() ? (zh ? "是" : "yes") : (zh ? "否" : "no");
                }
                if (value.isTextual() || value.isNumber()) {
                    yield value.asText();
                }
                if (value.isArray()) {
                    StringBuilder out = new StringBuilder();
                    value.forEach(v -> out.append(out.length() == 0 ? "" : zh ? "、" : ", ")
                            .append(v.isTextual() ? v.asText() : v.toString()));
                    yield out.toString();
                }
                yield value.toString();
            }
        };
    }

    /** An item's time: one moment, or a span {@code {"start":…,"end":…}} shown as two moments. */
    static String time(JsonNode value, boolean zh) {
        if (value.isTextual()) {
            return Times.ofText(value.asText(), zh);
        }
        if (value.isObject() && value.path("start").isTextual()) {
            String start = Times.ofText(value.path("start").asText(), zh);
            return value.path("end").isTextual()
                    ? start + " – " + Times.ofText(value.path("end").asText(), zh)
                    : start;
        }
        return "";
    }
}
