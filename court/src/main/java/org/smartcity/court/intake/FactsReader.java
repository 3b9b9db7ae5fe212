package org.smartcity.court.intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structured facts a form prints after its text and before the signatures: item tables (a header row
 * naming 物品名称 … 数量, then numbered rows), appraisal conclusions (amount, injury grade), measured alcohol values,
 * drug weights, the person identified and the line-up size, and the items referred to. A seizure or return list
 * without a table may name its items in one {@code 扣押物品：…、…} line of the text.
 */
final class FactsReader {
    private static final Pattern TABLE_ROW = Pattern.compile("^\\d{1,3}[\\s.、]+(.+)$");
    private static final Pattern LINEUP = Pattern.compile("(\\d{1,3})\\s*(?:人|名|张|个)?");

    private final Labels labels;
    private final QuantityReader quantities = new QuantityReader();

    FactsReader(Labels labels) {
        this.labels = labels;
    }

    /** True when the line prints a fact (a fact label, a table row or a table header). */
    boolean isFactLine(IntakeLine l) {
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

    /** The facts of the fact lines (and, for lists, the text), as the item's {@code facts} object. */
    ObjectNode read(
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
                refersTo.addAll(DocumentReader.evidenceIds(v));
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
}
