package org.smartcity.court.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.extract.ChineseNumber;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code identification-procedure}: an identification of a person with fewer than 7 people in the line-up (10
 * photos for a photo line-up, recognised by 照片 in the text), or conducted by fewer than two investigators.
 * Identifications of a scene or an object are not checked. The line-up size is {@code facts.lineupSize}, else a
 * count in the text such as {@code 混杂在7名男子中} or {@code 12张照片}; with no size, only the investigators are
 * checked.
 */
public final class IdentificationProcedureRule implements Rule {
    private static final Pattern PERSON =
            Pattern.compile("辨认.{0,20}(?:犯罪嫌疑人|嫌疑人|男子|女子|男性|女性|人员|照片|相片|人像|此人|该人|其人|长相|面貌)");
    private static final Pattern NOT_PERSON = Pattern.compile("(?:辨认|指认)(?:了)?(?:作案)?(?:现场|地点|物品|赃物|工具|车辆|物证|凶器|手机)");
    /** The record's own statement of what was identified: 辨认对象：足金项链. */
    private static final Pattern OBJECT_LINE = Pattern.compile("辨认对象[：:]\\s*([^\\n。；]*)");

    private static final Pattern PERSON_WORDS = Pattern.compile("犯罪嫌疑人|嫌疑人|男子|女子|男性|女性|人员|照片|相片|人像|此人|该人|[人者]$");
    private static final Pattern SIZE = Pattern.compile(
            "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:名|个|张|位|人)(?:不同|年龄相仿|体貌特征相似|特征相近|相似)?[的]?(?:男子|女子|男性|女性|人员|陪衬|照片|相片|人)");

    @Override
    public String id() {
        return "identification.procedure";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.IDENTIFICATION_PROCEDURE;
    }

    @Override
    public String basis() {
        return "最高法关于适用刑事诉讼法的解释第一百零五条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (EvidenceItem e : ctx.caseFile().itemsOfKind(EvidenceKind.IDENTIFICATION_RECORD)) {
            if (!ofPerson(e)) {
                continue;
            }
            boolean photos = e.text().contains("照片") || e.text().contains("相片");
            int minimum = photos ? 10 : 7;
            Optional<Integer> size = e.facts().lineupSize().or(() -> sizeInText(e.text()));
            Set<String> investigators = Items.investigators(ctx.caseFile(), e);
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (size.isPresent() && size.get() < minimum) {
                zh.add("辨认对象仅" + size.get() + (photos ? "张照片（应不少于十张）" : "人（应不少于七人）"));
                en.add("only " + size.get()
                        + (photos ? " photos (at least 10)" : " people in the line-up (at least 7)"));
            }
            if (investigators.size() < 2) {
                zh.add("主持辨认的侦查人员少于二人");
                en.add("fewer than two investigators conducted it");
            }
            if (zh.isEmpty()) {
                continue;
            }
            out.add(Finding.of(kind(), id(), basis())
                    .evidence(e.id())
                    .person(e.subject().orElse(null))
                    .message(ctx.label(e) + " " + String.join("；", zh), ctx.labelEn(e) + ": " + String.join("; ", en))
                    .build());
        }
        return out;
    }

    /** True when the record identifies a person rather than a scene or an object. */
    static boolean ofPerson(EvidenceItem e) {
        if (e.facts().identifiedPerson().isPresent()) {
            return true;
        }
        if (e.facts().items().map(l -> !l.isEmpty()).orElse(false)) {
            return false;
        }
        Matcher object = OBJECT_LINE.matcher(e.text());
        if (object.find()) {
            return PERSON_WORDS.matcher(object.group(1)).find();
        }
        if (e.facts().lineupSize().isPresent()) {
            return true;
        }
        String t = e.text() + e.title().orElse("");
        return PERSON.matcher(t).find() && !NOT_PERSON.matcher(t).find();
    }

    private static Optional<Integer> sizeInText(String text) {
        Matcher m = SIZE.matcher(text);
        Integer best = null;
        while (m.find()) {
            Optional<BigDecimal> v = ChineseNumber.parse(m.group(1));
            if (v.isPresent() && v.get().intValue() > 1) {
                best = best == null
                        ? v.get().intValue()
                        : Math.max(best, v.get().intValue());
            }
        }
        return Optional.ofNullable(best);
    }
}
