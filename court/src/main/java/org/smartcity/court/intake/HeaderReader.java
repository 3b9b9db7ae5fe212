package org.smartcity.court.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an item's header block: {@code label：value} fields, several per line and in any order, naming the time or
 * span, place, investigators and their unit, the person questioned or holder with gender, birth date and ID number,
 * the persons present by role, whether audio-video was recorded, and the items referred to. Labels come from the
 * {@code header} vocabulary; a label ending in 时间/日期 or 地点 is a time or place. Details (gender, birth date, ID
 * number) belong to the person named last before them.
 */
final class HeaderReader {
    /** What the header names, besides the item fields it sets directly. */
    static final class Header {
        final List<String> collectedBy = new ArrayList<>();
        final List<String> present = new ArrayList<>();
        final Set<String> refersTo = new LinkedHashSet<>();
        /** Everyone the header names (subject, investigators, present, experts), for matching misread signatures. */
        final List<PersonRegistry.Entry> named = new ArrayList<>();

        String subject;
        String expertOrganisation;
    }

    /** The longest label read by its last word alone. */
    static final int MAX_ENDING_LABEL = 8;

    private final Labels labels;
    private final DateTimeReader dates = new DateTimeReader();
    private final Map<String, List<String>> presentRoles;

    private final Set<String> headerLabels = new LinkedHashSet<>();

    HeaderReader(Labels labels) {
        this.labels = labels;
        this.presentRoles = labels.groups("header.presentRoles");
        for (String g : labels.groups("header").keySet()) {
            if (!g.equals("presentRoles")) {
                headerLabels.addAll(labels.list("header." + g));
            }
        }
        presentRoles.values().forEach(headerLabels::addAll);
    }

    /** Reads the header lines into {@code item} (time, place, subject, recording) and returns the rest. */
    Header read(
            List<IntakeLine> header,
            ObjectNode item,
            String at,
            String subjectRole,
            boolean ocr,
            PersonRegistry persons,
            Provenance prov) {
        Header h = new Header();
        List<String> collectedBy = h.collectedBy;
        List<String> present = h.present;
        Set<String> refersTo = h.refersTo;
        String subject = null;
        String organisation = null;
        PersonRegistry.Entry current = null;
        List<PersonRegistry.Entry> investigators = new ArrayList<>();
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
                    case "expertOrganisation" -> h.expertOrganisation = f.value();
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
                        String idNo = DocumentReader.idNumberIn(l.folded());
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
                            persons.details(current, null, null, DocumentReader.idNumberIn(f.value()));
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
                    case "refersTo" -> refersTo.addAll(DocumentReader.evidenceIds(f.value()));
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
        h.subject = subject;
        for (PersonRegistry.Entry e : persons.all()) {
            if (collectedBy.contains(e.id()) || present.contains(e.id()) || e.id().equals(subject)) {
                h.named.add(e);
            }
        }
        return h;
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

    /** True when {@code label} (compact) names a header field. */
    boolean isHeaderLabel(String label) {
        return headerLabels.contains(label) || endingGroup(label) != null;
    }

    /**
     * The group a label no list names belongs to by its last word ({@code headerLabelEndings}: {@code 主办单位} is an
     * organisation, {@code 鉴定机构地址} is read past), or null.
     */
    private String endingGroup(String label) {
        if (label.length() > MAX_ENDING_LABEL) {
            return null;
        }
        for (Map.Entry<String, List<String>> e :
                labels.groups("headerLabelEndings").entrySet()) {
            for (String ending : e.getValue()) {
                if (label.endsWith(ending)) {
                    return e.getKey();
                }
            }
        }
        return null;
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
        String g = endingGroup(label);
        return g == null || g.equals("other") || g.equals("_comment") ? null : g;
    }

    private String presentRole(String label) {
        for (Map.Entry<String, List<String>> e : presentRoles.entrySet()) {
            if (e.getValue().contains(label)) {
                return e.getKey();
            }
        }
        return "witness";
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
}
