package org.smartcity.court.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes test Word documents: pages of lines separated by page breaks; a line holding {@code " | "} becomes a table
 * row with one cell per part (consecutive such lines form one table).
 */
final class FixtureDocx {
    private FixtureDocx() {}

    static void write(Path out, List<List<String>> pages) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream os = Files.newOutputStream(out)) {
            for (int p = 0; p < pages.size(); p++) {
                XWPFTable table = null;
                for (String line : pages.get(p)) {
                    if (line.contains(" | ")) {
                        String[] cells = line.split(" \\| ", -1);
                        XWPFTableRow row;
                        if (table == null) {
                            table = doc.createTable(1, cells.length);
                            row = table.getRow(0);
                        } else {
                            row = table.createRow();
                        }
                        for (int c = 0; c < cells.length; c++) {
                            (c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell()).setText(cells[c]);
                        }
                    } else {
                        table = null;
                        doc.createParagraph().createRun().setText(line);
                    }
                }
                if (p + 1 < pages.size()) {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            doc.write(os);
        }
    }
}
