/**
 * Case-file intake: reads the documents police hand on (a PDF of the 卷宗, born-digital or scanned) and writes a case
 * file JSON v1 that the review accepts, with the page and confidence of every field in an {@code intake} block.
 *
 * <p>The pipeline: {@link org.smartcity.court.intake.PdfPages} (text layer, or OCR through {@link
 * org.smartcity.court.intake.TesseractOcr}) gives {@link org.smartcity.court.intake.PageText}s; {@link
 * org.smartcity.court.intake.CaseSegmenter} cuts them into cover, catalogue, statement of charged facts and documents;
 * a reader per part ({@link org.smartcity.court.intake.CoverReader}, {@link
 * org.smartcity.court.intake.CatalogueReader}, {@link org.smartcity.court.intake.StatementReader}, {@link
 * org.smartcity.court.intake.DocumentReader}) reads fields by the label vocabularies of {@code intake/labels.json}
 * ({@link org.smartcity.court.intake.Labels}); {@link org.smartcity.court.intake.CaseFileIntake} assembles the JSON.
 * Nothing is guessed: a field that cannot be read is left out and listed under {@code intake.unread}.
 */
package org.smartcity.court.intake;
