package org.smartcity.court.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * Word documents (.docx, through Apache POI): the body's paragraphs and tables in order, one line per paragraph and
 * one per table row (cells separated by two spaces, so a row {@code 讯问时间 | 2024年… | 地点 | …} reads like a header
 * line). Explicit page breaks, "page break before" paragraphs and section breaks start a new page; page headers and
 * footers are left out.
 */
final class DocxPages implements PageReader {
    @Override
    public List<PageText> read(Path file, String name) throws IntakeException {
        List<List<String>> pages = new ArrayList<>();
        pages.add(new ArrayList<>());
        try (InputStream in = Files.newInputStream(file);
                XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(p, pages);
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        current(pages).add(row(row));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IntakeException(name, 0, "not a readable Word document (.docx) (" + e.getMessage() + ")", e);
        }
        while (pages.size() > 1 && pages.get(pages.size() - 1).stream().allMatch(String::isBlank)) {
            pages.remove(pages.size() - 1);
        }
        List<PageText> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            out.add(new PageText(i + 1, TextLines.of(String.join("\n", pages.get(i)), i + 1), false, 0));
        }
        return out;
    }

    private static void paragraph(XWPFParagraph p, List<List<String>> pages) {
        if (p.isPageBreak() && !current(pages).isEmpty()) {
            pages.add(new ArrayList<>());
        }
        StringBuilder line = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t != null) {
                line.append(t);
            }
            for (CTBr br : r.getCTR().getBrList()) {
                if (br.getType() == STBrType.PAGE) {
                    flush(line, pages);
                    pages.add(new ArrayList<>());
                }
            }
        }
        flush(line, pages);
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
            pages.add(new ArrayList<>());
        }
    }

    private static void flush(StringBuilder line, List<List<String>> pages) {
        for (String l : line.toString().split("\\R")) {
            if (!l.isBlank()) {
                current(pages).add(l);
            }
        }
        line.setLength(0);
    }

    private static String row(XWPFTableRow row) {
        StringBuilder b = new StringBuilder();
        for (XWPFTableCell c : row.getTableCells()) {
            String text = c.getText().replaceAll("\\s*\\R\\s*", " ").strip();
            if (text.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append("  ");
            }
            b.append(text);
        }
        return b.toString();
    }

    private static List<String> current(List<List<String>> pages) {
        return pages.get(pages.size() - 1);
    }
}
