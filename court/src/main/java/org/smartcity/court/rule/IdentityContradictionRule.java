package org.smartcity.court.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.Person;
import org.smartcity.court.extract.IdentityExtractor;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code identity-contradiction}: an identification that picks someone other than a suspect (the record alone);
 * a suspect's birth date, or ID number, that differs between the items stating it (items whose subject is the
 * suspect, and arrival reports where it follows the suspect's name), with the person list as the reference.
 */
public final class IdentityContradictionRule implements Rule {
    private static final int NAME_WINDOW = 30;

    @Override
    public String id() {
        return "facts.identity-consistent";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.IDENTITY_CONTRADICTION;
    }

    @Override
    public String basis() {
        return "最高法关于适用刑事诉讼法的解释第一百三十九条、第一百四十条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        CaseFile f = ctx.caseFile();
        List<Finding> out = new ArrayList<>();
        for (EvidenceItem e : f.itemsOfKind(EvidenceKind.IDENTIFICATION_RECORD)) {
            String picked = e.facts().identifiedPerson().orElse(null);
            if (picked == null && !ctx.suspects().isEmpty() && picksAFiller(e.text())) {
                out.add(Finding.of(kind(), id(), basis())
                        .evidence(e.id())
                        .message(
                                ctx.label(e) + " 辨认出的不是犯罪嫌疑人：「" + quote(e.text()) + "」",
                                ctx.labelEn(e) + " picked someone other than the suspect: \"" + quote(e.text()) + "\"")
                        .build());
                continue;
            }
            if (picked != null && !ctx.isSuspect(picked) && !ctx.suspects().isEmpty()) {
                out.add(Finding.of(kind(), id(), basis())
                        .evidence(e.id())
                        .person(picked)
                        .message(
                                ctx.label(e) + " 辨认出的是" + ctx.nameOf(picked) + "，而非犯罪嫌疑人",
                                ctx.labelEn(e) + " picked " + picked + ", who is not a suspect")
                        .build());
            }
        }
        for (Person suspect : ctx.suspects()) {
            compare(
                            ctx,
                            suspect,
                            "出生日期",
                            "birth date",
                            IdentityExtractor::birthDates,
                            suspect.birthDate().map(Object::toString).orElse(null))
                    .ifPresent(out::add);
            compare(
                            ctx,
                            suspect,
                            "身份证号码",
                            "ID number",
                            IdentityExtractor::idNumbers,
                            suspect.idNumber()
                                    .map(s -> s.toUpperCase(java.util.Locale.ROOT))
                                    .orElse(null))
                    .ifPresent(out::add);
        }
        return out;
    }

    private static final Map<String, List<String>> CUES = org.smartcity.court.frame.Cues.read("conditions.txt");
    private static final java.util.regex.Pattern PICK = org.smartcity.court.frame.Cues.anyOf(CUES.get("pick"));
    private static final java.util.regex.Pattern MISIDENTIFIED =
            org.smartcity.court.frame.Cues.anyOf(CUES.get("misidentified"));

    /**
     * The record's text tells a pick (辨认出, 指认) of someone who is not the suspect (a filler, 未辨认出 the suspect).
     */
    private static boolean picksAFiller(String text) {
        return PICK.matcher(text).find() && MISIDENTIFIED.matcher(text).find();
    }

    /** The sentence of the text that tells the pick. */
    private static String quote(String text) {
        var m = MISIDENTIFIED.matcher(text);
        if (!m.find()) {
            return "";
        }
        int from = Math.max(text.lastIndexOf('。', m.start()) + 1, text.lastIndexOf('\n', m.start()) + 1);
        int to = text.indexOf('。', m.end());
        return text.substring(from, to < 0 ? text.length() : to).strip();
    }

    /**
     * Whether the words between a suspect's name and a birth date or ID number name another person of the file: the
     * value is then that person's ({@code 韩永刚、马小龙（2011年2月10日出生）} is 马小龙's birth date).
     */
    private static boolean namesAnother(ReviewContext ctx, Person suspect, String between) {
        for (Person p : ctx.caseFile().persons()) {
            String other = p.name().filter(n -> n.length() >= 2).orElse(null);
            if (other != null && !p.id().equals(suspect.id()) && between.contains(other)) {
                return true;
            }
        }
        return false;
    }

    private java.util.Optional<Finding> compare(
            ReviewContext ctx,
            Person suspect,
            String whatZh,
            String whatEn,
            Function<String, List<IdentityExtractor.Found>> extractor,
            String reference) {
        Map<EvidenceItem, List<String>> stated = new LinkedHashMap<>();
        String name = suspect.name().filter(n -> n.length() >= 2).orElse(null);
        for (EvidenceItem e : ctx.caseFile().evidence()) {
            List<IdentityExtractor.Found> found = extractor.apply(e.text());
            if (found.isEmpty()) {
                continue;
            }
            if (suspect.id().equals(e.subject().orElse(null))) {
                stated.put(e, List.of(found.get(0).value()));
            } else if (e.is(EvidenceKind.ARRIVAL_REPORT) && e.subject().isEmpty() && name != null) {
                for (IdentityExtractor.Found v : found) {
                    int at = e.text().lastIndexOf(name, v.start());
                    if (at >= 0
                            && v.start() - at <= NAME_WINDOW
                            && !namesAnother(ctx, suspect, e.text().substring(at + name.length(), v.start()))) {
                        stated.put(e, List.of(v.value()));
                        break;
                    }
                }
            }
        }
        Map<EvidenceItem, String> disputed =
                Disputes.disputed(stated, reference == null ? null : v -> v.equals(reference), Objects::equals);
        if (disputed.isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder zh = new StringBuilder("犯罪嫌疑人" + ctx.nameOf(suspect.id()) + "的" + whatZh + "记载不一致：");
        StringBuilder en = new StringBuilder("the " + whatEn + " of suspect " + suspect.id() + " differs: ");
        disputed.forEach((item, v) -> {
            zh.append(ctx.label(item)).append("「").append(v).append("」；");
            en.append(item.id()).append(' ').append(v).append("; ");
        });
        if (reference != null) {
            zh.append("人员信息为").append(reference);
            en.append("person list: ").append(reference);
        }
        return java.util.Optional.of(Finding.of(kind(), id(), basis())
                .evidence(disputed.keySet().stream().map(EvidenceItem::id).toList())
                .person(suspect.id())
                .message(zh.toString(), en.toString())
                .build());
    }
}
