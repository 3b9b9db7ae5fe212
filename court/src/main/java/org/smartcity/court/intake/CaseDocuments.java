package org.smartcity.court.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pages of a case file given as one document or as a folder of documents (PDF, PNG/JPEG/TIFF scans, DOCX, TXT;
 * one document per file or several per file), numbered through the whole case file. A folder's files are taken in
 * file-name order with numbers compared as numbers ({@code 2.pdf} before {@code 10.pdf}), subfolders included;
 * hidden files are skipped. Every page keeps the name of its document and its page number within it.
 */
public final class CaseDocuments {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Map<String, PageReader> readers;

    /** Documents read with OCR through {@code scans} (whose OCR may be null: scans are then reported unreadable). */
    CaseDocuments(ScanReader scans) {
        PageReader images = new ImagePages(scans);
        this.readers = Map.of(
                "pdf", new PdfPages(scans),
                "png", images,
                "jpg", images,
                "jpeg", images,
                "tif", images,
                "tiff", images,
                "docx", new DocxPages(),
                "txt", new TextFilePages());
    }

    /**
     * Reads the document or folder at {@code path}.
     *
     * @throws IntakeException naming the file (and page) that cannot be read, or the folder when it holds no
     *     document
     */
    public List<PageText> read(Path path) throws IntakeException {
        String name = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new IntakeException(name, 0, "no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            return numbered(0, readOne(path, name), name);
        }
        List<Path> files = files(path);
        if (files.isEmpty()) {
            throw new IntakeException(name, 0, "the folder holds no documents");
        }
        List<PageText> all = new ArrayList<>();
        for (Path f : files) {
            String rel = path.relativize(f).toString().replace('\\', '/');
            List<PageText> pages = readOne(f, rel);
            if (pages.stream().allMatch(p -> p.lines().isEmpty())) {
                throw new IntakeException(rel, 1, "no text found (a blank or unreadable document)");
            }
            all.addAll(numbered(all.size(), pages, rel));
        }
        return all;
    }

    /** The file extensions taken in, lower case. */
    public static List<String> extensions() {
        return List.of("pdf", "png", "jpg", "jpeg", "tif", "tiff", "docx", "txt");
    }

    private List<PageText> readOne(Path file, String name) throws IntakeException {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        PageReader r = dot < 0 ? null : readers.get(lower.substring(dot + 1));
        if (r == null) {
            throw new IntakeException(
                    name,
                    0,
                    "not a supported document (expected " + String.join(", ", extensions()) + ")"
                            + (lower.endsWith(".doc") ? "; save a .doc as .docx or PDF" : ""));
        }
        return r.read(file, name);
    }

    /** The document's pages renumbered to follow the {@code before} pages already taken in. */
    private static List<PageText> numbered(int before, List<PageText> pages, String name) {
        List<PageText> out = new ArrayList<>(pages.size());
        int next = before + 1;
        for (PageText p : pages) {
            out.add(p.numbered(next++, name));
        }
        return out;
    }

    /** The folder's documents; a folder given through a symbolic link is walked at its target. */
    private static List<Path> files(Path given) throws IntakeException {
        Path dir;
        try {
            dir = given.toRealPath();
        } catch (IOException e) {
            throw new IntakeException(
                    given.getFileName().toString(), 0, "the folder cannot be listed (" + e.getMessage() + ")");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .sorted(Comparator.comparing(
                            p -> naturalKey(dir.relativize(p).toString())))
                    .toList();
        } catch (IOException e) {
            throw new IntakeException(
                    dir.getFileName().toString(), 0, "the folder cannot be listed (" + e.getMessage() + ")");
        }
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".") || part.toString().startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    /** A sort key in which every run of digits is padded to 10 places, so numbers sort by value. */
    static String naturalKey(String name) {
        Matcher m = DIGITS.matcher(name.toLowerCase(Locale.ROOT));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String d = m.group();
            m.appendReplacement(b, "0".repeat(Math.max(0, 10 - d.length())) + d);
        }
        m.appendTail(b);
        return b.toString();
    }
}
