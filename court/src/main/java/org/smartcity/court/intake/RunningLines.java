package org.smartcity.court.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes running heads and feet: a line printed among the first or last {@link #EDGE} lines of at least half the
 * pages (and of three or more), compared with digits ignored ({@code XX市公安局 第3页}, {@code 案号：… 共12页}). Its first
 * occurrence is kept (a running head that repeats the case number still gives the cover its case number). Lines that
 * name a document kind or print an evidence id are never taken for running lines: every interrogation starts with
 * 讯问笔录. Nor are signature lines: the same officers sign at the foot of most documents of a case file
 * ({@code 承办人签名：钱卫东} as the last line of many pages), and dropping them would read those documents as unsigned.
 */
final class RunningLines {
    private static final int EDGE = 2;
    private static final int MIN_PAGES = 3;

    private RunningLines() {}

    static List<PageText> remove(List<PageText> pages, Labels labels) {
        if (pages.size() < MIN_PAGES) {
            return pages;
        }
        List<String> protectedWords = new ArrayList<>(labels.list("sections.evidenceId"));
        labels.kinds().forEach(k -> protectedWords.addAll(k.headings()));
        Map<String, Integer> count = new HashMap<>();
        for (PageText p : pages) {
            Set<String> seen = new HashSet<>();
            for (IntakeLine l : edges(p)) {
                String k = key(l);
                if (!k.isEmpty() && !isSignature(l, labels) && seen.add(k)) {
                    count.merge(k, 1, Integer::sum);
                }
            }
        }
        int needed = Math.max(MIN_PAGES, (pages.size() + 1) / 2);
        Set<String> running = new HashSet<>();
        count.forEach((k, n) -> {
            if (n >= needed && protectedWords.stream().noneMatch(k::contains)) {
                running.add(k);
            }
        });
        if (running.isEmpty()) {
            return pages;
        }
        Set<String> kept = new HashSet<>();
        List<PageText> out = new ArrayList<>(pages.size());
        for (PageText p : pages) {
            List<IntakeLine> edges = edges(p);
            List<IntakeLine> lines = new ArrayList<>();
            for (IntakeLine l : p.lines()) {
                String k = key(l);
                boolean isRunning = running.contains(k) && edges.contains(l);
                if (!isRunning || kept.add(k)) {
                    lines.add(l);
                }
            }
            out.add(new PageText(p.page(), lines, p.ocr(), p.seconds(), p.file(), p.filePage()));
        }
        return out;
    }

    private static boolean isSignature(IntakeLine l, Labels labels) {
        return Field.split(l).stream().anyMatch(f -> SignatureLine.of(f, labels) != null);
    }

    private static List<IntakeLine> edges(PageText p) {
        List<IntakeLine> l = p.lines();
        if (l.size() <= 2 * EDGE) {
            return l;
        }
        List<IntakeLine> out = new ArrayList<>(l.subList(0, EDGE));
        out.addAll(l.subList(l.size() - EDGE, l.size()));
        return out;
    }

    private static String key(IntakeLine l) {
        return l.folded().replace(" ", "").replaceAll("\\d+", "#");
    }
}
