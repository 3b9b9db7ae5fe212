package org.smartcity.court.intake;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads scanned page images: each is straightened ({@link Deskew}), cleared of table rules ({@link RuleLines}) and
 * read by OCR, at most {@code threads} pages at a time. Images are produced one at a time by the caller (rendering a
 * PDF page is not thread-safe) and handed to the pool as they come.
 */
final class ScanReader {
    /** Produces the grey image of a page (1-based number within its document). */
    interface PageImages {
        BufferedImage image(int page) throws java.io.IOException;
    }

    private final TesseractOcr ocr;
    private final int threads;

    ScanReader(TesseractOcr ocr, int threads) {
        this.ocr = ocr;
        this.threads = Math.max(1, threads);
    }

    /** True when pages can be read by OCR on this machine. */
    boolean available() {
        return ocr != null && ocr.available();
    }

    /**
     * Reads the given pages of one document.
     *
     * @param file the document's name (for messages)
     * @param pages 1-based page numbers within the document
     * @return one page of text per number, in the same order
     * @throws IntakeException naming the file and page when OCR is missing or fails
     */
    List<PageText> read(String file, List<Integer> pages, PageImages images) throws IntakeException {
        if (!available()) {
            throw new IntakeException(
                    file,
                    pages.isEmpty() ? 0 : pages.get(0),
                    "page has no text layer and OCR is not available (install tesseract-ocr and tesseract-ocr-chi-sim)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PageText>> futures = new ArrayList<>();
            for (int p : pages) {
                long t0 = System.nanoTime();
                BufferedImage image;
                try {
                    image = images.image(p);
                } catch (java.io.IOException | RuntimeException e) {
                    throw new IntakeException(file, p, "the page image cannot be read (" + e.getMessage() + ")", e);
                }
                double loadSeconds = (System.nanoTime() - t0) / 1e9;
                futures.add(pool.submit(() -> {
                    long t1 = System.nanoTime();
                    BufferedImage straight = RuleLines.remove(Deskew.straighten(image));
                    List<IntakeLine> lines = ocr.read(straight, p);
                    return new PageText(p, lines, true, loadSeconds + (System.nanoTime() - t1) / 1e9);
                }));
            }
            List<PageText> out = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new IntakeException(
                            file, pages.get(i), "OCR failed (" + e.getCause().getMessage() + ")", e);
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeException(file, 0, "interrupted");
        } finally {
            pool.shutdownNow();
        }
    }
}
