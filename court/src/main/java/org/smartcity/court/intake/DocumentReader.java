package org.smartcity.court.intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final Labels labels;
    private final KindClassifier classifier;
    private final HeaderReader headers;
    private final FactsReader facts;
    private final Map<String, List<String>> presentRoles;
    private double fullWidth = Double.MAX_VALUE;

    public DocumentReader(Labels labels) {
        this.labels = labels;
        this.classifier = new KindClassifier(labels);
        this.headers = new HeaderReader(labels);
        this.facts = new FactsReader(labels);
        this.presentRoles = labels.groups("header.presentRoles");
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
            boolean headerish = f != null && headers.isHeaderLabel(f.label()) && SignatureLine.of(f, labels) == null;
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
        HeaderReader.Header h = headers.read(header, item, at, subjectRole, ocr, persons, prov);
        List<String> collectedBy = h.collectedBy;
        List<String> present = h.present;
        Set<String> refersTo = h.refersTo;
        String expertOrganisation = h.expertOrganisation;
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
        for (IntakeLine l : joinColonContinuations(rest)) {
            List<Field> fs = Field.split(l);
            boolean signatureLine = false;
            boolean afterSignature = lastWasSignature;
            for (Field f : fs) {
                SignatureLine s = SignatureLine.of(f, labels);
                if (s != null) {
                    signatureLine = true;
                    afterSignature = true;
                    lastSigner = null;
                    if (s.name() != null) {
                        String role = signerRole(s.role(), subjectRole);
                        PersonRegistry.Entry e = persons.byName(s.name(), ocr);
                        if (e == null && ocr) {
                            e = PersonRegistry.closest(s.name(), h.named);
                        }
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
                } else if (afterSignature && labels.is("header.qualification", f.label())) {
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
        while (factsFrom > 0 && facts.isFactLine(body.get(factsFrom - 1))) {
            factsFrom--;
        }
        List<IntakeLine> factLines = new ArrayList<>(body.subList(factsFrom, body.size()));
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
        ObjectNode factNode = facts.read(ocr, factLines, text, kind, persons, refersTo, at, prov);
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

    /**
     * Lines with a line that starts with a colon joined to the line before: a label at the end of a line whose value
     * wrapped onto the next ({@code … 鉴定人(签名)} / {@code ：苏文斌 资格证书：…}) is one field.
     */
    private static List<IntakeLine> joinColonContinuations(List<IntakeLine> lines) {
        List<IntakeLine> out = new ArrayList<>(lines.size());
        for (IntakeLine l : lines) {
            String f = l.folded().stripLeading();
            if (!out.isEmpty() && f.startsWith(":")) {
                IntakeLine prev = out.remove(out.size() - 1);
                out.add(new IntakeLine(
                        prev.text() + l.text().stripLeading(),
                        prev.folded().stripTrailing() + f,
                        prev.page(),
                        Math.min(prev.confidence(), l.confidence())));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private boolean isIdLine(IntakeLine l) {
        Field f = Field.first(l);
        return f != null
                && labels.is("sections.evidenceId", f.label())
                && EVIDENCE_ID.matcher(f.value()).find();
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

    /** Kinds that investigators collect (appraisals, lab reports and the registration are made by others). */
    private static boolean collectedByInvestigators(Labels.KindRule rule) {
        return !rule.category().equals("expert-opinion") && !rule.kind().equals("case-registration");
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

    private static void putIds(ObjectNode item, String key, List<String> ids) {
        if (!ids.isEmpty()) {
            ArrayNode a = item.putArray(key);
            ids.forEach(a::add);
        }
    }
}
