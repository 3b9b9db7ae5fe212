package org.smartcity.court.intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one evidence item: its heading and title, the header block ({@code label：value} lines naming the time, place,
 * investigators, the person questioned or holder, the persons present, the recording), the body text, the printed
 * facts after the body (item tables, conclusions, measured values, the items referred to) and the signature block.
 * The header ends at the first line that is not a header label; the signature block is every signature line after
 * it; the facts are the run of fact lines just before the signatures. Each field read is put in the item and its
 * page and confidence in the {@link Provenance}; a field that cannot be read is left out and flagged.
 */
public final class DocumentReader {
    private static final Pattern ID_NUMBER = Pattern.compile("(\\d{17}[\\dXx])");
    private static final Pattern EVIDENCE_ID = Pattern.compile("(?<![A-Za-z])([A-Z]{1,3}\\d{1,4})(?!\\d)");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\d{1,3}[\\s.、]+(.+)$");
    private static final Pattern LINEUP = Pattern.compile("(\\d{1,3})\\s*(?:人|名|张|个)?");

    private final Labels labels;
    private final KindClassifier classifier;
    private final DateTimeReader dates = new DateTimeReader();
    private final QuantityReader quantities = new QuantityReader();
    private final Set<String> headerLabels = new LinkedHashSet<>();
    private final Map<String, List<String>> presentRoles;
    private double fullWidth = Double.MAX_VALUE;

    public DocumentReader(Labels labels) {
        this.labels = labels;
        this.classifier = new KindClassifier(labels);
        for (String g : labels.groups("header").keySet()) {
            if (!g.equals("presentRoles")) {
                headerLabels.addAll(labels.list("header." + g));
            }
        }
        this.presentRoles = labels.groups("header.presentRoles");
        presentRoles.values().forEach(headerLabels::addAll);
    }

    /** Sets the width (see {@link BodyText#width}) of a full line of the file, for joining wrapped lines. */
    public void fullWidth(double width) {
        this.fullWidth = width;
    }

    /**
     * Reads an item.
     *
     * @param doc the item's lines and id
     * @param catalogueTitle its title in the catalogue, or null
     * @param statedCategory its category in the statement of charged facts, or null
     * @param persons the persons met so far (extended here)
     * @param prov provenance (extended here)
     * @return the evidence item as case-file JSON
     */
    public ObjectNode read(
            Segments.DocumentLines doc,
            String catalogueTitle,
            String statedCategory,
            PersonRegistry persons,
            Provenance prov) {
        String id = doc.evidenceId();
        String at = "$.evidence[" + id + "]";
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("id", id);
        prov.read(at + ".id", doc.firstPage(), doc.idConfidence());

        List<IntakeLine> lines = doc.lines();
        boolean ocr = lines.stream().anyMatch(l -> l.confidence() < 1.0);
        List<IntakeLine> heading = new ArrayList<>();
        List<IntakeLine> header = new ArrayList<>();
        List<IntakeLine> rest = new ArrayList<>();
        int state = 0; // 0 heading, 1 header, 2 after the header
        for (IntakeLine l : lines) {
            if (isIdLine(l)) {
                continue;
            }
            Field f = Field.first(l);
            boolean headerish = f != null && isHeaderLabel(f.label()) && SignatureLine.of(f, labels) == null;
            if (state == 0) {
                if (headerish) {
                    state = 1;
                    header.add(l);
                } else if (heading.size() < 3 && f == null) {
                    heading.add(l);
                } else {
                    state = 2;
                    rest.add(l);
                }
            } else if (state == 1) {
                if (headerish) {
                    header.add(l);
                } else {
                    state = 2;
                    rest.add(l);
                }
            } else {
                rest.add(l);
            }
        }

        // kind and title
        List<String> kindTexts = new ArrayList<>();
        heading.forEach(h -> kindTexts.add(h.folded()));
        kindTexts.add(catalogueTitle);
        rest.stream().limit(2).forEach(r -> kindTexts.add(r.folded()));
        Optional<KindClassifier.Kind> kind = classifier.classify(kindTexts);
        int headPage = heading.isEmpty() ? doc.firstPage() : heading.get(0).page();
        double headConf = heading.isEmpty() ? 0.8 : heading.get(0).confidence();
        if (kind.isPresent()) {
            item.put("kind", kind.get().rule().kind());
            prov.read(at + ".kind", headPage, headConf * kind.get().confidence());
        } else {
            prov.unread(at + ".kind", headPage, "no known document heading");
        }
        String title = catalogueTitle != null
                ? catalogueTitle
                : heading.size() >= 2
                        ? heading.get(1).text()
                        : heading.isEmpty() ? null : heading.get(0).text();
        if (title != null) {
            item.put("title", title);
            prov.read(at + ".title", headPage, catalogueTitle != null ? 1.0 : headConf);
        } else {
            prov.unread(at + ".title", headPage, "no title printed");
        }

        // header
        String subjectRole = defaultSubjectRole(kind, title);
        List<String> collectedBy = new ArrayList<>();
        List<String> present = new ArrayList<>();
        String subject = null;
        String organisation = null;
        String expertOrganisation = null;
        PersonRegistry.Entry current = null;
        List<PersonRegistry.Entry> investigators = new ArrayList<>();
        Set<String> refersTo = new LinkedHashSet<>();
        for (IntakeLine l : header) {
            for (Field f : Field.split(l)) {
                String g = group(f.label());
                if (g == null) {
                    continue;
                }
                switch (g) {
                    case "time" -> readTime(item, at, f, prov);
                    case "place" -> {
                        if (!item.has("place") && !f.value().isEmpty()) {
                            item.put("place", f.value());
                            prov.read(at + ".place", l, 1.0);
                        }
                    }
                    case "organisation" -> {
                        if (organisation == null) {
                            organisation = f.value();
                        }
                        for (PersonRegistry.Entry e : investigators) {
                            persons.organisation(e, f.value());
                        }
                    }
                    case "expertOrganisation" -> expertOrganisation = f.value();
                    case "investigators" -> {
                        investigators.clear();
                        for (String n : PersonRegistry.names(f.value())) {
                            PersonRegistry.Entry e = persons.person(n, null, "investigator", ocr);
                            if (e != null && !collectedBy.contains(e.id())) {
                                collectedBy.add(e.id());
                                investigators.add(e);
                            }
                        }
                        if (!collectedBy.isEmpty()) {
                            prov.read(at + ".collectedBy", l, 1.0);
                        }
                    }
                    case "experts" -> {
                        for (String n : PersonRegistry.names(f.value())) {
                            persons.person(n, null, "expert", ocr);
                        }
                    }
                    case "subject" -> {
                        String idNo = idNumberIn(l.folded());
                        current = persons.person(f.value(), idNo, subjectRole, ocr);
                        if (current != null && subject == null) {
                            subject = current.id();
                            item.put("subject", subject);
                            prov.read(at + ".subject", l, 1.0);
                        } else if (current == null && subject == null) {
                            prov.unread(at + ".subject", l.page(), "no name after " + f.label());
                        }
                    }
                    case "gender" -> {
                        if (current != null) {
                            persons.details(current, gender(f.value()), null, null);
                        }
                    }
                    case "birthDate" -> {
                        if (current != null) {
                            List<java.time.LocalDate> d = dates.dates(f.value());
                            persons.details(
                                    current, null, d.isEmpty() ? null : d.get(0).toString(), null);
                        }
                    }
                    case "idNumber" -> {
                        if (current != null) {
                            persons.details(current, null, null, idNumberIn(f.value()));
                        }
                    }
                    case "recording" -> {
                        Boolean rec = yesNo(f.value());
                        if (rec != null) {
                            item.put("recording", rec);
                            prov.read(at + ".recording", l, 1.0);
                        } else {
                            prov.unread(at + ".recording", l.page(), "neither yes nor no: " + f.value());
                        }
                    }
                    case "refersTo" -> refersTo.addAll(evidenceIds(f.value()));
                    case "present" -> {
                        String role = presentRole(f.label());
                        for (String n : PersonRegistry.names(f.value())) {
                            PersonRegistry.Entry e = persons.person(n, null, role, ocr);
                            if (e != null) {
                                current = e;
                                if (!present.contains(e.id())) {
                                    present.add(e.id());
                                }
                            }
                        }
                    }
                    default -> {
                        // recorder, qualification in a header: not fields of the item
                    }
                }
            }
        }
        if (!item.has("time")) {
            prov.unread(at + ".time", doc.firstPage(), "no time in the header");
        }
        if (!item.has("place")) {
            prov.unread(at + ".place", doc.firstPage(), "no place in the header");
        }

        // signatures, facts, body
        List<String> signedBy = new ArrayList<>();
        List<IntakeLine> body = new ArrayList<>();
        PersonRegistry.Entry lastSigner = null;
        boolean lastWasSignature = false;
        for (IntakeLine l : rest) {
            List<Field> fs = Field.split(l);
            boolean signatureLine = false;
            for (Field f : fs) {
                SignatureLine s = SignatureLine.of(f, labels);
                if (s != null) {
                    signatureLine = true;
                    lastSigner = null;
                    if (s.name() != null) {
                        String role = signerRole(s.role(), subjectRole);
                        PersonRegistry.Entry e = persons.byName(s.name(), ocr);
                        if (e == null) {
                            e = persons.person(s.name(), null, role, ocr);
                        }
                        if (e != null) {
                            if (role.equals("expert")) {
                                persons.person(e.name(), null, "expert", ocr);
                                persons.organisation(e, expertOrganisation);
                            }
                            if (!signedBy.contains(e.id())) {
                                signedBy.add(e.id());
                            }
                            lastSigner = e;
                        }
                    }
                } else if (lastWasSignature && labels.is("header.qualification", f.label())) {
                    signatureLine = true;
                    if (lastSigner != null && !f.value().isBlank()) {
                        persons.qualification(lastSigner, f.value());
                        prov.read("$.persons[" + lastSigner.name() + "].qualification", l, 1.0);
                    }
                }
            }
            lastWasSignature = signatureLine;
            if (!signatureLine) {
                body.add(l);
            }
        }
        int factsFrom = body.size();
        while (factsFrom > 0 && isFactLine(body.get(factsFrom - 1))) {
            factsFrom--;
        }
        List<IntakeLine> facts = new ArrayList<>(body.subList(factsFrom, body.size()));
        List<IntakeLine> text = new ArrayList<>(body.subList(0, factsFrom));
        if (collectedBy.isEmpty()
                && kind.isPresent()
                && collectedByInvestigators(kind.get().rule())) {
            prov.unread(at + ".collectedBy", doc.firstPage(), "no investigators in the header");
        }
        putIds(item, "collectedBy", collectedBy);
        if (!signedBy.isEmpty() || rest.stream().anyMatch(this::hasSignatureLabel)) {
            ArrayNode signed = item.putArray("signedBy");
            signedBy.forEach(signed::add);
            prov.read(at + ".signedBy", doc.lines().get(doc.lines().size() - 1), 1.0);
        } else {
            prov.unread(at + ".signedBy", doc.firstPage(), "no signature block");
        }
        putIds(item, "present", present);
        ObjectNode factNode = readFacts(ocr, facts, text, kind, persons, refersTo, at, prov);
        if (!refersTo.isEmpty()) {
            putIds(item, "refersTo", new ArrayList<>(refersTo));
        }
        if (factNode.size() > 0) {
            item.set("facts", factNode);
        }
        String category = statedCategory != null
                ? statedCategory
                : kind.map(k -> categoryOf(k.rule(), item, persons)).orElse(null);
        if (category != null) {
            item.put("category", category);
            prov.read(at + ".category", doc.firstPage(), statedCategory != null ? 1.0 : 0.8);
        } else {
            prov.unread(at + ".category", doc.firstPage(), "not in the statement and no known kind");
        }
        if (!text.isEmpty()) {
            item.put("text", BodyText.join(text, fullWidth));
            prov.read(
                    at + ".text",
                    text.get(0).page(),
                    text.stream().mapToDouble(IntakeLine::confidence).average().orElse(1));
        } else {
            prov.unread(at + ".text", doc.firstPage(), "no body text");
        }
        return item;
    }

    private boolean isIdLine(IntakeLine l) {
        Field f = Field.first(l);
        return f != null
                && labels.is("sections.evidenceId", f.label())
                && EVIDENCE_ID.matcher(f.value()).find();
    }

    private boolean isHeaderLabel(String label) {
        if (headerLabels.contains(label)) {
            return true;
        }
        return (label.endsWith("时间") || label.endsWith("地点") || label.endsWith("日期")) && label.length() <= 8;
    }

    private String group(String label) {
        for (String g : labels.groups("header").keySet()) {
            if (!g.equals("presentRoles") && labels.is("header." + g, label)) {
                return g;
            }
        }
        for (List<String> ls : presentRoles.values()) {
            if (ls.contains(label)) {
                return "present";
            }
        }
        if (label.endsWith("时间") || label.endsWith("日期")) {
            return "time";
        }
        if (label.endsWith("地点")) {
            return "place";
        }
        return null;
    }

    private String presentRole(String label) {
        for (Map.Entry<String, List<String>> e : presentRoles.entrySet()) {
            if (e.getValue().contains(label)) {
                return e.getKey();
            }
        }
        return "witness";
    }

    /** The role of whoever signs as {@code role}: an investigator, an expert, a present role, else the subject's. */
    private String signerRole(String role, String subjectRole) {
        if (labels.is("header.investigators", role) || labels.is("header.recorder", role)) {
            return "investigator";
        }
        if (labels.is("header.experts", role)) {
            return "expert";
        }
        for (Map.Entry<String, List<String>> e : presentRoles.entrySet()) {
            if (e.getValue().contains(role)) {
                return e.getKey();
            }
        }
        return labels.is("header.subject", role) ? subjectRole : "witness";
    }

    private boolean hasSignatureLabel(IntakeLine l) {
        return Field.split(l).stream().anyMatch(f -> SignatureLine.of(f, labels) != null);
    }

    private void readTime(ObjectNode item, String at, Field f, Provenance prov) {
        if (item.has("time")) {
            return;
        }
        Optional<DateTimeReader.Reading> r = dates.read(f.value());
        if (r.isEmpty()) {
            prov.unread(at + ".time", f.page(), "not a date: " + f.value());
            return;
        }
        DateTimeReader.Reading t = r.get();
        if (!t.start().contains("T")) {
            prov.unread(at + ".time", f.page(), "a date without a time of day: " + f.value());
            return;
        }
        if (t.end() != null) {
            item.putObject("time").put("start", t.start()).put("end", t.end());
        } else {
            item.put("time", t.start());
        }
        prov.read(at + ".time", f.line(), t.complete() ? 1.0 : 0.6);
    }

    private boolean isFactLine(IntakeLine l) {
        Field f = Field.first(l);
        if (f != null) {
            String lb = f.label();
            for (String g : List.of("amount", "alcohol", "injury", "drugWeight", "identifiedPerson", "lineupSize")) {
                if (labels.is("facts." + g, lb)) {
                    return true;
                }
            }
            return labels.is("header.refersTo", lb);
        }
        return TABLE_ROW.matcher(l.folded()).matches() || isTableHeader(l);
    }

    private boolean isTableHeader(IntakeLine l) {
        if (Field.first(l) != null) {
            return false;
        }
        String c = l.folded();
        return labels.list("facts.itemsTable").stream().anyMatch(c::contains) && c.contains("数量");
    }

    private ObjectNode readFacts(
            boolean ocr,
            List<IntakeLine> facts,
            List<IntakeLine> text,
            Optional<KindClassifier.Kind> kind,
            PersonRegistry persons,
            Set<String> refersTo,
            String at,
            Provenance prov) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        boolean table = false;
        for (IntakeLine l : facts) {
            if (isTableHeader(l)) {
                table = true;
                continue;
            }
            Matcher row = TABLE_ROW.matcher(l.folded());
            if (table && row.matches()) {
                String[] cells = row.group(1).trim().split(" ");
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0 && i < cells.length - 1) {
                        b.append(' ');
                    }
                    b.append(cells[i]);
                }
                items.add(b.toString());
                prov.read(at + ".facts.items", l, 1.0);
                continue;
            }
            Field f = Field.first(l);
            if (f == null) {
                continue;
            }
            String lb = f.label();
            String v = f.value();
            if (labels.is("header.refersTo", lb)) {
                refersTo.addAll(evidenceIds(v));
                prov.read(at + ".refersTo", l, 1.0);
            } else if (labels.is("facts.alcohol", lb) && quantities.alcohol(v).isPresent()) {
                put(o, "bloodAlcohol_mg100ml", quantities.alcohol(v));
                prov.read(at + ".facts.bloodAlcohol_mg100ml", l, 1.0);
            } else if (labels.is("facts.amount", lb) && quantities.money(v).isPresent()) {
                put(o, "amount_cny", quantities.money(v));
                prov.read(at + ".facts.amount_cny", l, 1.0);
            } else if (labels.is("facts.injury", lb) && injury(v) != null) {
                o.put("injuryGrade", injury(v));
                prov.read(at + ".facts.injuryGrade", l, 1.0);
            } else if (labels.is("facts.drugWeight", lb) && quantities.grams(v).isPresent()) {
                put(o, "drugWeight_g", quantities.grams(v));
                prov.read(at + ".facts.drugWeight_g", l, 1.0);
            } else if (labels.is("facts.identifiedPerson", lb)) {
                PersonRegistry.Entry e = persons.mentionedIn(v);
                if (e == null) {
                    List<String> n = PersonRegistry.names(v);
                    e = n.isEmpty() ? null : persons.person(n.get(0), null, "witness", ocr);
                }
                if (e != null) {
                    o.put("identifiedPerson", e.id());
                    prov.read(at + ".facts.identifiedPerson", l, 1.0);
                } else {
                    prov.unread(at + ".facts.identifiedPerson", l.page(), "no name: " + v);
                }
            } else if (labels.is("facts.lineupSize", lb)) {
                Matcher m = LINEUP.matcher(v);
                if (m.find()) {
                    o.put("lineupSize", Integer.parseInt(m.group(1)));
                    prov.read(at + ".facts.lineupSize", l, 1.0);
                }
            }
        }
        if (items.isEmpty() && kind.isPresent() && isList(kind.get().rule().kind())) {
            for (IntakeLine l : text) {
                Field f = Field.first(l);
                if (f != null && labels.is("facts.items", f.label())) {
                    for (String part : f.value().replaceAll("[。.]$", "").split("[、;；]")) {
                        if (!part.isBlank()) {
                            items.add(part.trim());
                        }
                    }
                    prov.read(at + ".facts.items", l, 0.8);
                    break;
                }
            }
        }
        if (!items.isEmpty()) {
            o.set("items", items);
        }
        return o;
    }

    /** Kinds that investigators collect (appraisals, lab reports and the registration are made by others). */
    private static boolean collectedByInvestigators(Labels.KindRule rule) {
        return !rule.category().equals("expert-opinion") && !rule.kind().equals("case-registration");
    }

    private static boolean isList(String kind) {
        return kind.equals("seizure-list") || kind.equals("return-list");
    }

    private static void put(ObjectNode o, String k, OptionalDouble v) {
        double d = v.getAsDouble();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            o.put(k, (long) d);
        } else {
            o.put(k, d);
        }
    }

    private String injury(String v) {
        for (Map.Entry<String, List<String>> e : labels.groups("injuryGrades").entrySet()) {
            for (String w : e.getValue()) {
                if (v.contains(w)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static String defaultSubjectRole(Optional<KindClassifier.Kind> kind, String title) {
        if (kind.isPresent() && kind.get().rule().kind().equals("interrogation-record")) {
            return "suspect";
        }
        if (title != null && title.contains("被害")) {
            return "victim";
        }
        return "witness";
    }

    private static String categoryOf(Labels.KindRule rule, ObjectNode item, PersonRegistry persons) {
        if (rule.kind().equals("inquiry-record") && item.has("subject")) {
            String sid = item.get("subject").asText();
            for (PersonRegistry.Entry e : persons.all()) {
                if (e.id().equals(sid) && e.role().equals("victim")) {
                    return "victim-statement";
                }
            }
        }
        return rule.category();
    }

    static String idNumberIn(String s) {
        Matcher m = ID_NUMBER.matcher(s.replace(" ", ""));
        return m.find() ? m.group(1).toUpperCase() : null;
    }

    static List<String> evidenceIds(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = EVIDENCE_ID.matcher(s.toUpperCase());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String gender(String v) {
        if (v.startsWith("男")) {
            return "male";
        }
        if (v.startsWith("女")) {
            return "female";
        }
        return null;
    }

    private static Boolean yesNo(String v) {
        String s = v.trim();
        if (s.startsWith("是")
                || s.startsWith("有")
                || s.startsWith("已")
                || s.equalsIgnoreCase("yes")
                || s.startsWith("全程")) {
            return Boolean.TRUE;
        }
        if (s.startsWith("否")
                || s.startsWith("无")
                || s.startsWith("未")
                || s.startsWith("没有")
                || s.equalsIgnoreCase("no")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static void putIds(ObjectNode item, String key, List<String> ids) {
        if (!ids.isEmpty()) {
            ArrayNode a = item.putArray(key);
            ids.forEach(a::add);
        }
    }
}
