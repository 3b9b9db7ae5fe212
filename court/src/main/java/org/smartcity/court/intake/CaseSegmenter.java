package org.smartcity.court.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the pages of a case file into cover, catalogue (卷内目录), statement of charged facts (起诉意见书) and evidence
 * items. An item starts at the line that prints its evidence id (证据编号 and its synonyms) — or, when it comes first
 * on its page, at the top of that page so that a heading above the id belongs to it — and runs to the next item, over
 * any number of page breaks. When no page prints an id, the catalogue's page ranges cut the items instead.
 */
public final class CaseSegmenter {
    private static final Pattern ID = Pattern.compile("^[A-Za-z]{1,3}\\s?\\d{1,4}$");
    private static final Pattern PLAIN_ID = Pattern.compile("^E\\d{1,3}$");
    private static final Pattern PRINTED_PAGE = Pattern.compile("(\\d+)");

    private final Labels labels;
    private final List<Pattern> footers;
    private final List<String> catalogueHeadings;
    private final List<String> statementHeadings;
    private final List<String> idLabels;

    public CaseSegmenter(Labels labels) {
        this.labels = labels;
        this.footers = labels.patterns("sections.pageFooter");
        this.catalogueHeadings = labels.list("sections.catalogue");
        this.statementHeadings = labels.list("sections.statement");
        this.idLabels = labels.list("sections.evidenceId");
    }

    /** The parts of the file; any part may be empty when the file lacks it. */
    public Segments segment(List<PageText> pages, List<CatalogueReader.Entry> catalogueHint) {
        List<IntakeLine> all = new ArrayList<>();
        Map<Integer, Integer> printedToPhysical = new HashMap<>();
        for (PageText p : pages) {
            for (IntakeLine l : p.lines()) {
                if (isFooter(l)) {
                    Matcher m = PRINTED_PAGE.matcher(l.folded());
                    if (m.find()) {
                        printedToPhysical.putIfAbsent(Integer.parseInt(m.group(1)), p.page());
                    }
                } else {
                    all.add(l);
                }
            }
        }
        int catalogueAt = find(all, catalogueHeadings, 0);
        int statementAt = find(all, statementHeadings, Math.max(catalogueAt, 0));
        if (statementAt >= 0 && statementAt > 0 && isAgencyLine(all.get(statementAt - 1), statementAt, all)) {
            statementAt--;
        }
        List<Integer> starts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Double> idConf = new ArrayList<>();
        for (int i = Math.max(0, Math.max(catalogueAt, statementAt)); i < all.size(); i++) {
            String id = printedId(all.get(i));
            if (id != null
                    && (catalogueHint.isEmpty()
                            || catalogueHint.stream().anyMatch(e -> e.id().equals(id))
                            || PLAIN_ID.matcher(id).matches())) {
                int start = i;
                int page = all.get(i).page();
                int k = i;
                while (k > 0 && all.get(k - 1).page() == page && i - (k - 1) <= 3) {
                    k--;
                }
                if ((k == 0 || all.get(k - 1).page() != page)
                        && (starts.isEmpty() || k > starts.get(starts.size() - 1))) {
                    start = k;
                }
                starts.add(start);
                ids.add(id);
                idConf.add(all.get(i).confidence());
            }
        }
        List<Segments.DocumentLines> docs = new ArrayList<>();
        if (starts.isEmpty() && !catalogueHint.isEmpty()) {
            docs = byPageRanges(all, catalogueHint, printedToPhysical);
            if (!docs.isEmpty()) {
                starts.add(indexOf(all, docs.get(0).lines().get(0)));
            }
        } else {
            for (int d = 0; d < starts.size(); d++) {
                int end = d + 1 < starts.size() ? starts.get(d + 1) : all.size();
                docs.add(new Segments.DocumentLines(ids.get(d), all.subList(starts.get(d), end), idConf.get(d)));
            }
        }
        int firstDoc = starts.isEmpty() ? all.size() : starts.get(0);
        int coverEnd = catalogueAt >= 0 ? catalogueAt : statementAt >= 0 ? statementAt : firstDoc;
        List<IntakeLine> cover = all.subList(0, Math.min(coverEnd, firstDoc));
        List<IntakeLine> catalogue = catalogueAt < 0
                ? List.of()
                : all.subList(catalogueAt, Math.max(catalogueAt, statementAt >= 0 ? statementAt : firstDoc));
        List<IntakeLine> statement =
                statementAt < 0 ? List.of() : all.subList(statementAt, Math.max(statementAt, firstDoc));
        return new Segments(List.copyOf(cover), List.copyOf(catalogue), List.copyOf(statement), docs);
    }

    /** The evidence id a line prints ({@code 证据编号：E4}), or null. */
    String printedId(IntakeLine line) {
        for (Field f : Field.split(line)) {
            if (idLabels.contains(f.label())) {
                String v = f.value().replace(" ", "");
                if (line.confidence() < 1.0) {
                    v = OcrRepair.evidenceIdAtStart(v);
                }
                if (ID.matcher(v).matches()) {
                    return v.toUpperCase();
                }
            }
        }
        return null;
    }

    private boolean isFooter(IntakeLine l) {
        String s = l.folded().trim();
        for (Pattern p : footers) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The first line at or after {@code from} that is one of the headings (alone on its line, spaces ignored). */
    private static int find(List<IntakeLine> all, List<String> headings, int from) {
        for (int i = from; i < all.size(); i++) {
            String c = all.get(i).folded().replace(" ", "");
            for (String h : headings) {
                if (c.equals(h)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The issuing agency printed above the statement heading on the same page belongs to the statement. */
    private static boolean isAgencyLine(IntakeLine line, int headingAt, List<IntakeLine> all) {
        return line.page() == all.get(headingAt).page()
                && Field.first(line) == null
                && line.folded().length() < 30;
    }

    private List<Segments.DocumentLines> byPageRanges(
            List<IntakeLine> all, List<CatalogueReader.Entry> entries, Map<Integer, Integer> printedToPhysical) {
        List<Segments.DocumentLines> docs = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            CatalogueReader.Entry entry = entries.get(e);
            if (entry.firstPage() <= 0) {
                return List.of();
            }
            int from = printedToPhysical.getOrDefault(entry.firstPage(), entry.firstPage());
            int to = e + 1 < entries.size()
                    ? printedToPhysical.getOrDefault(
                            entries.get(e + 1).firstPage(), entries.get(e + 1).firstPage())
                    : Integer.MAX_VALUE;
            List<IntakeLine> lines = new ArrayList<>();
            for (IntakeLine l : all) {
                if (l.page() >= from && l.page() < to) {
                    lines.add(l);
                }
            }
            if (!lines.isEmpty()) {
                docs.add(new Segments.DocumentLines(entry.id(), lines, 0.7));
            }
        }
        return docs;
    }

    private static int indexOf(List<IntakeLine> all, IntakeLine line) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == line) {
                return i;
            }
        }
        return all.size();
    }

    Labels labels() {
        return labels;
    }
}
