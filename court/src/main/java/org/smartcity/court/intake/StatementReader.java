package org.smartcity.court.intake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statement of charged facts (起诉意见书): the suspects (name, gender, birth date, ID number), the charged
 * facts ({@code offence.text}: from the "侦查查明" line to the summary), the offence's time, place and amount / blood
 * alcohol / injury grade / drug weight from the summary sentence (labels {@code offence.*}), and the statutory category
 * of each evidence id from the list of evidence grouped by category.
 */
public final class StatementReader {
    /** What the statement says. */
    public record Statement(ObjectNode offence, Map<String, String> categoryById) {}

    private static final Pattern GROUP = Pattern.compile("[(（]([一二三四五六七八九十\\d]{1,3})[)）]\\s*([^:：()（）]{1,24})[:：]");

    private static final Pattern THOUSANDS = Pattern.compile("(\\d),(\\d{3})");

    private final Labels labels;
    private final DateTimeReader dates = new DateTimeReader();
    private final QuantityReader quantities = new QuantityReader();

    public StatementReader(Labels labels) {
        this.labels = labels;
    }

    /** Reads the statement; suspects go to {@code persons}, provenance to {@code prov}. */
    public Statement read(
            List<IntakeLine> lines,
            Set<String> evidenceIds,
            PersonRegistry persons,
            Provenance prov,
            double fullWidth) {
        ObjectNode offence = JsonNodeFactory.instance.objectNode();
        Map<String, String> categories = new HashMap<>();
        if (lines.isEmpty()) {
            prov.unread("$.offence", 0, "no statement of charged facts (起诉意见书) found");
            return new Statement(offence, categories);
        }
        readSuspects(lines, persons, prov);
        int factsStart = indexOfAny(lines, labels.list("sections.factsStart"), 0);
        int factsEnd = indexOfAny(lines, labels.list("sections.factsEnd"), Math.max(0, factsStart + 1));
        int page = lines.get(0).page();
        if (factsStart >= 0) {
            int end = factsEnd < 0 ? lines.size() : factsEnd;
            List<IntakeLine> facts = new ArrayList<>(lines.subList(factsStart + 1, Math.max(factsStart + 1, end)));
            String after = afterColon(lines.get(factsStart).folded());
            if (!after.isEmpty()) {
                facts.add(
                        0,
                        IntakeLine.of(
                                after,
                                lines.get(factsStart).page(),
                                lines.get(factsStart).confidence()));
            }
            if (!facts.isEmpty()) {
                offence.put("text", BodyText.join(facts, fullWidth).replace("\n", ""));
                prov.read("$.offence.text", facts.get(0), 1.0);
            }
        } else {
            prov.unread("$.offence.text", page, "no line saying what the investigation found (侦查查明)");
        }
        String summary = factsEnd >= 0 ? flat(lines.subList(factsEnd, lines.size())) : "";
        IntakeLine summaryLine = factsEnd >= 0 ? lines.get(factsEnd) : lines.get(0);
        String factsText = offence.path("text").asText("");
        readSummary(offence, summary, summaryLine, factsText, prov);
        readCategories(flat(lines), evidenceIds, categories);
        return new Statement(offence, categories);
    }

    private void readSuspects(List<IntakeLine> lines, PersonRegistry persons, Provenance prov) {
        String all = flat(lines);
        for (String label : labels.list("cover.suspects")) {
            Pattern p = Pattern.compile(Pattern.quote(label) + "\\s*([\\p{IsHan}·]{2,6}?)\\s*[,，(（]\\s*(男|女)([^。]*)");
            Matcher m = p.matcher(all);
            while (m.find()) {
                String rest = m.group(3);
                String idNo = DocumentReader.idNumberIn(rest);
                PersonRegistry.Entry e =
                        persons.person(m.group(1), idNo, "suspect", lines.get(0).confidence() < 1.0);
                if (e == null) {
                    continue;
                }
                List<java.time.LocalDate> d = dates.dates(rest);
                persons.details(
                        e,
                        m.group(2).equals("男") ? "male" : "female",
                        d.isEmpty() ? null : d.get(0).toString(),
                        idNo);
                prov.read("$.persons[" + e.name() + "]", lines.get(0), 1.0);
            }
            if (!persons.all().isEmpty()) {
                return;
            }
        }
    }

    private void readSummary(ObjectNode offence, String summary, IntakeLine line, String factsText, Provenance prov) {
        Optional<String> time = value(summary, "offence.time");
        Optional<DateTimeReader.Reading> t = time.flatMap(dates::read);
        double conf = 1.0;
        if (t.isEmpty() || !t.get().start().contains("T")) {
            t = dates.read(factsText).filter(r -> r.start().contains("T"));
            conf = 0.6;
        }
        if (t.isPresent() && t.get().start().contains("T")) {
            if (t.get().end() != null) {
                offence.putObject("time")
                        .put("start", t.get().start())
                        .put("end", t.get().end());
            } else {
                offence.put("time", t.get().start());
            }
            prov.read("$.offence.time", line, conf);
        } else {
            prov.unread("$.offence.time", line.page(), "no time of the offence");
        }
        Optional<String> place = value(summary, "offence.place");
        if (place.isPresent()) {
            offence.put("place", place.get());
            prov.read("$.offence.place", line, 1.0);
        } else {
            prov.unread("$.offence.place", line.page(), "no place of the offence in the summary");
        }
        number(offence, "amount_cny", value(summary, "offence.amount").map(quantities::money), line, prov);
        number(offence, "bloodAlcohol_mg100ml", alcohol(summary), line, prov);
        number(offence, "drugWeight_g", value(summary, "offence.drug").map(quantities::grams), line, prov);
        Optional<String> injury = value(summary, "offence.injury");
        if (injury.isPresent()) {
            for (Map.Entry<String, List<String>> e :
                    labels.groups("injuryGrades").entrySet()) {
                if (e.getValue().stream().anyMatch(injury.get()::contains)) {
                    offence.put("injuryGrade", e.getKey());
                    prov.read("$.offence.injuryGrade", line, 1.0);
                    break;
                }
            }
        }
    }

    private Optional<OptionalDouble> alcohol(String summary) {
        for (String l : labels.list("offence.alcohol")) {
            int i = WidthFolding.compact(summary).indexOf(l);
            if (i >= 0) {
                OptionalDouble v =
                        quantities.alcohol(WidthFolding.compact(summary).substring(i));
                if (v.isPresent()) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    private static void number(ObjectNode o, String key, Optional<OptionalDouble> v, IntakeLine line, Provenance prov) {
        if (v.isPresent() && v.get().isPresent()) {
            double d = v.get().getAsDouble();
            if (d == Math.rint(d)) {
                o.put(key, (long) d);
            } else {
                o.put(key, d);
            }
            prov.read("$.offence." + key, line, 1.0);
        }
    }

    /** The value after the first label of a group in the summary: up to the next comma or full stop. */
    private Optional<String> value(String summary, String group) {
        for (String l : labels.list(group)) {
            Matcher m = Pattern.compile(Pattern.quote(l) + "\\s*(?:为|是|:|系)?\\s*([^,，。;；]+)")
                    .matcher(summary);
            if (m.find()) {
                return Optional.of(m.group(1).trim());
            }
        }
        return Optional.empty();
    }

    private void readCategories(String all, Set<String> ids, Map<String, String> out) {
        Matcher m = GROUP.matcher(all);
        List<int[]> at = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
            names.add(m.group(2).replace(" ", ""));
        }
        Map<String, List<String>> vocab = labels.groups("categories");
        for (int i = 0; i < at.size(); i++) {
            String category = category(names.get(i), vocab);
            if (category == null) {
                continue;
            }
            int end = i + 1 < at.size() ? at.get(i + 1)[0] : all.length();
            int stop = all.indexOf('。', at.get(i)[1]);
            if (stop >= 0 && stop < end) {
                end = stop;
            }
            for (String id : DocumentReader.evidenceIds(all.substring(at.get(i)[1], end))) {
                if (ids.isEmpty() || ids.contains(id)) {
                    out.putIfAbsent(id, category);
                }
            }
        }
    }

    private static String category(String name, Map<String, List<String>> vocab) {
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, List<String>> e : vocab.entrySet()) {
            for (String w : e.getValue()) {
                if (name.contains(w) && w.length() > bestLength) {
                    best = e.getKey();
                    bestLength = w.length();
                }
            }
        }
        return best;
    }

    private static int indexOfAny(List<IntakeLine> lines, List<String> words, int from) {
        for (int i = from; i < lines.size(); i++) {
            String c = lines.get(i).folded().replace(" ", "");
            for (String w : words) {
                if (c.contains(w)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String afterColon(String folded) {
        int i = folded.indexOf(':');
        return i < 0 ? "" : folded.substring(i + 1).trim();
    }

    /** The lines as one folded string; thousands separators ({@code 4,300}) are dropped so commas end values. */
    private static String flat(List<IntakeLine> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l.folded()));
        return THOUSANDS.matcher(b).replaceAll("$1$2");
    }
}
