package org.smartcity.court.intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the pages of a case file into case file JSON v1: segments them, reads the cover, catalogue, statement and
 * each item, builds the persons list, and adds the {@code intake} block (source, pages, OCR, the page and confidence
 * of every field, the fields that could not be read).
 */
public final class CaseFileIntake {
    /** The case file and what intake could not read. */
    public record Result(ObjectNode caseFile, Provenance provenance, List<PageText> pages) {}

    private final Labels labels;

    public CaseFileIntake(Labels labels) {
        this.labels = labels;
    }

    /**
     * Builds the case file.
     *
     * @param source the file name (for messages and the intake block)
     * @throws IntakeException when the pages hold no case file: no case number and no evidence item
     */
    public Result build(String source, List<PageText> ocrOrText) throws IntakeException {
        List<PageText> pages = RunningLines.remove(new LabelLines(labels).apply(ocrOrText), labels);
        Provenance prov = new Provenance();
        CaseSegmenter segmenter = new CaseSegmenter(labels);
        Segments first = segmenter.segment(pages, List.of());
        List<CatalogueReader.Entry> catalogue = new CatalogueReader().read(first.catalogue());
        Segments seg = catalogue.isEmpty() ? first : segmenter.segment(pages, catalogue);
        List<IntakeLine> allLines = new ArrayList<>();
        pages.forEach(p -> allLines.addAll(p.lines()));
        double fullWidth = BodyText.fullWidth(allLines);

        Map<String, CoverReader.Value> cover = new CoverReader(labels).read(seg.cover());
        if (!cover.containsKey("caseId") && seg.documents().isEmpty()) {
            PageText firstPage = pages.isEmpty() ? null : pages.get(0);
            boolean inFolder = firstPage != null
                    && !firstPage.file().isEmpty()
                    && !firstPage.file().equals(source);
            throw new IntakeException(
                    inFolder ? source + "/" + firstPage.file() : source,
                    inFolder ? firstPage.filePage() : 1,
                    "not a case file: no case number (案件编号) on the cover and no evidence item (证据编号)");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("formatVersion", 1);
        PersonRegistry persons = new PersonRegistry();
        readCover(out, cover, prov, source);

        Set<String> ids = new LinkedHashSet<>();
        catalogue.forEach(e -> ids.add(e.id()));
        seg.documents().forEach(d -> ids.add(d.evidenceId()));
        StatementReader.Statement statement =
                new StatementReader(labels).read(seg.statement(), ids, persons, prov, fullWidth);
        coverPersons(cover, persons);
        if (out.path("charges").isEmpty()) {
            chargesFromStatement(out, seg.statement(), prov);
        }
        if (statement.offence().size() > 0) {
            out.set("offence", statement.offence());
        }

        DocumentReader reader = new DocumentReader(labels);
        reader.fullWidth(fullWidth);
        ArrayNode evidence = JsonNodeFactory.instance.arrayNode();
        Set<String> seen = new LinkedHashSet<>();
        for (Segments.DocumentLines d : seg.documents()) {
            if (!seen.add(d.evidenceId())) {
                prov.unread(
                        "$.evidence[" + d.evidenceId() + "]",
                        d.firstPage(),
                        "evidence id printed twice; second copy skipped");
                continue;
            }
            String title = catalogue.stream()
                    .filter(e -> e.id().equals(d.evidenceId()))
                    .map(CatalogueReader.Entry::title)
                    .findFirst()
                    .orElse(null);
            evidence.add(reader.read(d, title, statement.categoryById().get(d.evidenceId()), persons, prov));
        }
        for (CatalogueReader.Entry e : catalogue) {
            if (!seen.contains(e.id())) {
                prov.unread("$.evidence[" + e.id() + "]", e.firstPage(), "in the catalogue but no such document found");
            }
        }
        out.set("persons", persons.toJson());
        out.set("evidence", evidence);
        out.set("intake", intakeBlock(source, pages, prov));
        return new Result(out, prov, pages);
    }

    /** The charges the statement names ({@code 涉嫌盗窃罪}) when the cover gave none that could be read. */
    private void chargesFromStatement(ObjectNode out, List<IntakeLine> statement, Provenance prov) {
        StringBuilder flat = new StringBuilder();
        statement.forEach(l -> flat.append(l.folded().replace(" ", "")));
        ArrayNode charges = (ArrayNode) out.get("charges");
        for (Map.Entry<String, List<String>> e : labels.groups("charges").entrySet()) {
            if (e.getValue().stream().anyMatch(w -> flat.indexOf(w + "罪") >= 0)) {
                charges.add(e.getKey());
            }
        }
        if (!charges.isEmpty()) {
            prov.read("$.charges", statement.get(0), 0.8);
        }
    }

    /** Suspects and victims named on the cover (after the statement, whose lines also give ID numbers). */
    private static void coverPersons(Map<String, CoverReader.Value> cover, PersonRegistry persons) {
        for (String role : List.of("suspects", "victims")) {
            CoverReader.Value v = cover.get(role);
            if (v != null) {
                for (String n : PersonRegistry.names(v.text())) {
                    persons.person(
                            n,
                            null,
                            role.equals("suspects") ? "suspect" : "victim",
                            v.line().confidence() < 1.0);
                }
            }
        }
    }

    private void readCover(ObjectNode out, Map<String, CoverReader.Value> cover, Provenance prov, String source) {
        CoverReader.Value caseId = cover.get("caseId");
        if (caseId != null) {
            out.put("caseId", caseId.text().replace(" ", ""));
            prov.read("$.caseId", caseId.line(), 1.0);
        } else {
            out.put("caseId", source);
            prov.unread("$.caseId", 1, "no case number on the cover; the file name stands in");
        }
        CoverReader.Value title = cover.get("title");
        if (title != null) {
            out.put("title", title.text());
            prov.read("$.title", title.line(), 1.0);
        } else {
            prov.unread("$.title", 1, "no case name on the cover");
        }
        ArrayNode charges = out.putArray("charges");
        CoverReader.Value ch = cover.get("charges");
        if (ch != null) {
            for (Map.Entry<String, List<String>> e : labels.groups("charges").entrySet()) {
                if (e.getValue().stream().anyMatch(WidthFolding.compact(ch.text())::contains)) {
                    charges.add(e.getKey());
                }
            }
            if (charges.isEmpty()) {
                prov.unread("$.charges", ch.line().page(), "charge not in the catalogue: " + ch.text());
            } else {
                prov.read("$.charges", ch.line(), 1.0);
            }
        } else {
            prov.unread("$.charges", 1, "no charge on the cover");
        }
        CoverReader.Value stage = cover.get("stage");
        if (stage != null) {
            Optional<String> s = labels.groups("stages").entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(WidthFolding.compact(stage.text())::equals))
                    .map(Map.Entry::getKey)
                    .findFirst();
            if (s.isEmpty()) {
                s = labels.groups("stages").entrySet().stream()
                        .filter(e -> e.getValue().stream().anyMatch(WidthFolding.compact(stage.text())::contains))
                        .map(Map.Entry::getKey)
                        .reduce((a, b) -> b);
            }
            s.ifPresent(v -> {
                out.put("stage", v);
                prov.read("$.stage", stage.line(), 1.0);
            });
        }
        CoverReader.Value reg = cover.get("registeredAt");
        if (reg != null) {
            new DateTimeReader()
                    .read(reg.text())
                    .filter(r -> r.start().contains("T"))
                    .ifPresentOrElse(
                            r -> {
                                out.put("registeredAt", r.start());
                                prov.read("$.registeredAt", reg.line(), 1.0);
                            },
                            () -> prov.unread("$.registeredAt", reg.line().page(), "not a date-time: " + reg.text()));
        }
    }

    private static ObjectNode intakeBlock(String source, List<PageText> pages, Provenance prov) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("source", source);
        o.put("pages", pages.size());
        o.put("ocrPages", pages.stream().filter(PageText::ocr).count());
        o.put(
                "meanConfidence",
                Math.round(pages.stream()
                                        .mapToDouble(PageText::confidence)
                                        .average()
                                        .orElse(1)
                                * 1000)
                        / 1000.0);
        ArrayNode documents = o.putArray("documents");
        String last = null;
        for (PageText p : pages) {
            if (!p.file().equals(last)) {
                documents
                        .addObject()
                        .put("file", p.file())
                        .put("firstPage", p.page())
                        .put("pages", 0);
                last = p.file();
            }
            ObjectNode d = (ObjectNode) documents.get(documents.size() - 1);
            d.put("pages", d.get("pages").asInt() + 1);
        }
        o.set("fields", prov.fieldsJson());
        ArrayNode unread = o.putArray("unread");
        for (Provenance.Unread u : prov.unreadFields()) {
            unread.addObject().put("field", u.field()).put("page", u.page()).put("reason", u.reason());
        }
        return o;
    }
}
