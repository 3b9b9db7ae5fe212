package org.smartcity.court.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The front door of intake: reads a case file from a path (a PDF of the whole 卷宗) and returns its case file JSON
 * with provenance. Every failure is an {@link IntakeException} whose message names the file and, when known, the page.
 */
public final class DocumentIntake {
    private final PdfPages pdf;
    private final CaseFileIntake intake;

    /** Intake with OCR through {@code tesseract} on the PATH, two pages at a time. */
    public DocumentIntake() {
        this(new TesseractOcr(), 2);
    }

    /** Intake with the given OCR (null: scanned pages are reported unreadable) and OCR threads. */
    public DocumentIntake(TesseractOcr ocr, int threads) {
        this.pdf = new PdfPages(ocr, threads);
        this.intake = new CaseFileIntake(Labels.builtIn());
    }

    /** Reads the case file at {@code path}. */
    public CaseFileIntake.Result read(Path path) throws IntakeException {
        String name = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new IntakeException(name, 0, "no such file or folder");
        }
        if (Files.isDirectory(path)) {
            throw new IntakeException(name, 0, "folders of documents are not read yet; give the case file as one PDF");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".pdf")) {
            throw new IntakeException(name, 0, "not a supported document (expected a .pdf case file)");
        }
        List<PageText> pages = pdf.read(path);
        return intake.build(name, pages);
    }
}
