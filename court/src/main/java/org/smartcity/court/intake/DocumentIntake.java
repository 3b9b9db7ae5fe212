package org.smartcity.court.intake;

import java.nio.file.Path;
import java.util.List;

/**
 * The front door of intake: reads a case file from a path — one document of the whole 卷宗 (PDF, scan image, DOCX,
 * TXT) or a folder of its documents — and returns its case file JSON with provenance. Every failure is an {@link
 * IntakeException} whose message names the file and, when known, the page.
 */
public final class DocumentIntake {
    private final CaseDocuments documents;
    private final CaseFileIntake intake;

    /** Intake with OCR through {@code tesseract} on the PATH, two pages at a time. */
    public DocumentIntake() {
        this(new TesseractOcr(), 2);
    }

    /** Intake with the given OCR (null: scanned pages are reported unreadable) and OCR threads. */
    public DocumentIntake(TesseractOcr ocr, int threads) {
        this.documents = new CaseDocuments(new ScanReader(ocr, threads));
        this.intake = new CaseFileIntake(Labels.builtIn());
    }

    /** Reads the case file at {@code path} (a document or a folder of documents). */
    public CaseFileIntake.Result read(Path path) throws IntakeException {
        String name = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        List<PageText> pages = documents.read(path);
        return intake.build(name, pages);
    }

    /** The pages of the case file at {@code path}, without reading fields (for timing and page images). */
    public List<PageText> pages(Path path) throws IntakeException {
        return documents.read(path);
    }
}
