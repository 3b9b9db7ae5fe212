package org.smartcity.court.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of every page of a PDF: the text layer where the page has one; otherwise (a scan) the page rendered at
 * {@link #OCR_DPI} in grey and read by {@link ScanReader}.
 */
final class PdfPages implements PageReader {
    /**
     * Resolution at which scanned pages are rendered for OCR: 300, or the system property {@code smartcity.ocr.dpi}
     * (for timing; a 200 dpi scan rendered at 300 dpi costs tesseract about 1.8 times the CPU of 200 dpi).
     */
    static final int OCR_DPI = Integer.getInteger("smartcity.ocr.dpi", 300);

    /** Pages whose text layer has fewer characters than this are treated as scans. */
    private static final int MIN_TEXT_CHARS = 8;

    private final ScanReader scans;

    PdfPages(ScanReader scans) {
        this.scans = scans;
    }

    @Override
    public List<PageText> read(Path pdf, String name) throws IntakeException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int n = doc.getNumberOfPages();
            if (n == 0) {
                throw new IntakeException(name, 0, "the PDF has no pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<PageText> pages = new ArrayList<>(n);
            List<Integer> scanned = new ArrayList<>();
            for (int p = 1; p <= n; p++) {
                long t0 = System.nanoTime();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                if (text.replaceAll("\\s", "").length() < MIN_TEXT_CHARS) {
                    scanned.add(p);
                    pages.add(null);
                    continue;
                }
                pages.add(new PageText(p, TextLines.of(text, p), false, (System.nanoTime() - t0) / 1e9));
            }
            if (!scanned.isEmpty()) {
                PDFRenderer renderer = new PDFRenderer(doc);
                List<PageText> read =
                        scans.read(name, scanned, p -> renderer.renderImageWithDPI(p - 1, OCR_DPI, ImageType.GRAY));
                for (PageText t : read) {
                    pages.set(t.page() - 1, t);
                }
            }
            return pages;
        } catch (IOException e) {
            throw new IntakeException(name, 0, "not a readable PDF (" + e.getMessage() + ")", e);
        }
    }
}
