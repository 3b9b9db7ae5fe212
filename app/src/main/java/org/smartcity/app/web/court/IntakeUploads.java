package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.smartcity.court.intake.CaseDocuments;
import org.smartcity.court.intake.CaseFileIntake;
import org.smartcity.court.intake.DocumentIntake;
import org.smartcity.court.intake.IntakeException;
import org.smartcity.court.intake.PageText;

/**
 * Case files uploaded by the police as documents, read by intake and waiting for the uploader to confirm them. Each
 * upload keeps its files in a folder of its own (deleted when confirmed or dropped) and its intake result in memory;
 * only the uploader sees it. At most {@link #MAX_PENDING} uploads wait; the oldest is dropped first.
 */
final class IntakeUploads {
    /** Largest upload taken, in bytes, unless the system property {@code smartcity.intake.maxBytes} says otherwise. */
    static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    static final int MAX_PENDING = 20;
    private static final int IMAGE_DPI = 110;

    /** An upload waiting for confirmation. */
    record Upload(String id, String owner, Path dir, CaseFileIntake.Result result) {
        ObjectNode caseFile() {
            return result.caseFile();
        }
    }

    /** A file of an upload: its name as the browser gave it, and its bytes. */
    record Part(String name, InputStream content) {}

    private final DocumentIntake intake;
    private final Map<String, Upload> pending = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    IntakeUploads(DocumentIntake intake) {
        this.intake = intake;
    }

    static long maxBytes() {
        return Long.getLong("smartcity.intake.maxBytes", DEFAULT_MAX_BYTES);
    }

    /**
     * Stores the files and reads them as one case file (the files in name order, like a folder).
     *
     * @throws IntakeException naming the file (and page) that is no case document or cannot be read
     */
    Upload take(String owner, List<Part> parts) throws IntakeException, IOException {
        if (parts.isEmpty()) {
            throw new IntakeException("upload", 0, "no file chosen");
        }
        Path dir = Files.createTempDirectory("smartcity-intake-");
        try {
            for (Part p : parts) {
                String name = safeName(p.name());
                try (InputStream in = p.content()) {
                    Files.copy(in, dir.resolve(name));
                }
            }
            CaseFileIntake.Result r = intake.read(dir);
            Upload u = new Upload(newId(), owner, dir, r);
            synchronized (pending) {
                while (pending.size() >= MAX_PENDING) {
                    String oldest = pending.keySet().iterator().next();
                    delete(pending.remove(oldest).dir());
                }
                pending.put(u.id(), u);
            }
            return u;
        } catch (IntakeException e) {
            delete(dir);
            throw e.inside(dir.getFileName().toString(), "upload");
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /** The upload with this id if {@code owner} made it. */
    Optional<Upload> find(String id, String owner) {
        synchronized (pending) {
            Upload u = pending.get(id);
            return u != null && u.owner().equals(owner) ? Optional.of(u) : Optional.empty();
        }
    }

    /** Forgets the upload and deletes its files. */
    void drop(Upload u) {
        synchronized (pending) {
            pending.remove(u.id());
        }
        delete(u.dir());
    }

    /**
     * The image of a page of the upload (PDF pages rendered, scans as they are), or empty for a page of a text or
     * Word document (shown as text instead).
     */
    Optional<BufferedImage> pageImage(Upload u, int page) throws IOException {
        PageText p = u.result().pages().stream()
                .filter(x -> x.page() == page)
                .findFirst()
                .orElse(null);
        if (p == null) {
            return Optional.empty();
        }
        Path file = u.dir().resolve(p.file());
        String lower = p.file().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            try (PDDocument d = Loader.loadPDF(file.toFile())) {
                return Optional.of(new PDFRenderer(d).renderImageWithDPI(p.filePage() - 1, IMAGE_DPI, ImageType.GRAY));
            }
        }
        if (lower.matches(".*\\.(png|jpe?g|tiff?)$")) {
            try (var in = ImageIO.createImageInputStream(file.toFile())) {
                var readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    return Optional.empty();
                }
                var reader = readers.next();
                try {
                    reader.setInput(in);
                    return Optional.of(reader.read(p.filePage() - 1));
                } finally {
                    reader.dispose();
                }
            }
        }
        return Optional.empty();
    }

    /** The base name of an uploaded file, with anything that could leave the upload's folder removed. */
    static String safeName(String raw) {
        String n = raw == null ? "" : raw.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}:*?\"<>|]", "_")
                .strip();
        if (n.isEmpty() || n.startsWith(".")) {
            n = "document" + n;
        }
        return n.length() > 120 ? n.substring(n.length() - 120) : n;
    }

    static List<String> extensions() {
        return new ArrayList<>(CaseDocuments.extensions());
    }

    private String newId() {
        byte[] b = new byte[12];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file left behind in the temporary folder: nothing else depends on it
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
