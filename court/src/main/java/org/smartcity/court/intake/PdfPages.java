package org.smartcity.court.intake;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of every page of a PDF: the text layer where the page has one; otherwise (a scan) the page rendered at
 * {@link #OCR_DPI} in grey, straightened by {@link Deskew}, cleared of table rules by {@link RuleLines}, and read by OCR, two pages at a time.
 */
public final class PdfPages {
    /** Resolution at which scanned pages are rendered for OCR. */
    public static final int OCR_DPI = 300;

    /** Pages whose text layer has fewer characters than this are treated as scans. */
    private static final int MIN_TEXT_CHARS = 8;

    private final TesseractOcr ocr;
    private final int threads;

    /** Reads text layers; scanned pages go to {@code ocr} (null: scanned pages are reported unreadable). */
    public PdfPages(TesseractOcr ocr, int threads) {
        this.ocr = ocr;
        this.threads = Math.max(1, threads);
    }

    /**
     * Reads every page.
     *
     * @throws IntakeException naming the file (and page) when the PDF cannot be opened or a scanned page cannot be
     *     read
     */
    public List<PageText> read(Path pdf) throws IntakeException {
        String name = pdf.getFileName().toString();
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
                List<IntakeLine> lines = new ArrayList<>();
                for (String l : text.split("\\R")) {
                    if (!l.isBlank()) {
                        lines.add(IntakeLine.of(l.strip(), p, 1.0));
                    }
                }
                pages.add(new PageText(p, lines, false, (System.nanoTime() - t0) / 1e9));
            }
            if (!scanned.isEmpty()) {
                ocrPages(doc, name, scanned, pages);
            }
            return pages;
        } catch (IOException e) {
            throw new IntakeException(name, 0, "not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    private void ocrPages(PDDocument doc, String name, List<Integer> scanned, List<PageText> pages)
            throws IntakeException {
        if (ocr == null || !ocr.available()) {
            throw new IntakeException(
                    name,
                    scanned.get(0),
                    "page has no text layer and OCR is not available (install tesseract-ocr and tesseract-ocr-chi-sim)");
        }
        PDFRenderer renderer = new PDFRenderer(doc);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PageText>> futures = new ArrayList<>();
            for (int p : scanned) {
                long t0 = System.nanoTime();
                BufferedImage image;
                synchronized (doc) {
                    image = renderer.renderImageWithDPI(p - 1, OCR_DPI, ImageType.GRAY);
                }
                double renderSeconds = (System.nanoTime() - t0) / 1e9;
                futures.add(pool.submit(() -> {
                    long t1 = System.nanoTime();
                    BufferedImage straight = RuleLines.remove(Deskew.straighten(image));
                    List<IntakeLine> lines = ocr.read(straight, p);
                    return new PageText(p, lines, true, renderSeconds + (System.nanoTime() - t1) / 1e9);
                }));
            }
            for (int i = 0; i < scanned.size(); i++) {
                int p = scanned.get(i);
                try {
                    pages.set(p - 1, futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new IntakeException(
                            name, p, "OCR failed (" + e.getCause().getMessage() + ")", e);
                }
            }
        } catch (IOException e) {
            throw new IntakeException(name, 0, "a page cannot be rendered (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeException(name, 0, "interrupted");
        } finally {
            pool.shutdownNow();
        }
    }
}
