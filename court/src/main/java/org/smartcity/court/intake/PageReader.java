package org.smartcity.court.intake;

import java.nio.file.Path;
import java.util.List;

/** Reads one document of a case file into pages of text, numbered from 1 within the document. */
interface PageReader {
    /**
     * The document's pages.
     *
     * @param file the document
     * @param name its name in messages (the file name, or its path within the folder taken in)
     * @throws IntakeException naming {@code name} (and the page) when the document cannot be read
     */
    List<PageText> read(Path file, String name) throws IntakeException;
}
