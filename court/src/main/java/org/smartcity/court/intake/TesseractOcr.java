package org.smartcity.court.intake;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * OCR through the {@code tesseract} command (Tesseract 4/5 with {@code chi_sim}): the page image goes to a temporary
 * PGM, tesseract writes TSV (one row per word with its confidence), and the words are put back into lines. Spaces
 * that tesseract puts between Chinese characters are removed; a line's confidence is the mean of its words'.
 */
public final class TesseractOcr {
    private final String command;
    private final String language;

    /** The {@code tesseract} on the PATH with simplified Chinese (its model reads digits and Latin letters too; adding {@code eng} made it read Chinese names as Latin). */
    public TesseractOcr() {
        this("tesseract", System.getProperty("smartcity.ocr.lang", "chi_sim"));
    }

    public TesseractOcr(String command, String language) {
        this.command = command;
        this.language = language;
    }

    /** True when the command runs and knows the languages (checked by listing them). */
    public boolean available() {
        try {
            Process p = new ProcessBuilder(command, "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            for (String l : language.split("\\+")) {
                if (!out.lines().map(String::trim).toList().contains(l)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The lines of text on the image, top to bottom, with their confidence (0..1). */
    public List<IntakeLine> read(BufferedImage image, int page) throws IOException {
        Path png = Files.createTempFile("smartcity-ocr-", ".pgm");
        try {
            writePgm(image, png);
            ProcessBuilder pb = new ProcessBuilder(
                    command,
                    png.toString(),
                    "stdout",
                    "-l",
                    language,
                    "--psm",
                    System.getProperty("smartcity.ocr.psm", "6"),
                    "tsv");
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            String tsv = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("tesseract took more than 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException("tesseract exited with " + p.exitValue());
            }
            return lines(tsv, page);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /**
     * Writes the image as binary PGM (8-bit grey, uncompressed): tesseract reads it directly, and writing it costs a
     * copy of the pixels where encoding a 300 dpi page as PNG took a large part of the Java side's time.
     */
    static void writePgm(BufferedImage image, Path file) throws IOException {
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = grey.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] row = new byte[w];
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            java.awt.image.Raster r = grey.getRaster();
            for (int y = 0; y < h; y++) {
                r.getDataElements(0, y, w, 1, row);
                out.write(row);
            }
        }
    }

    /** Parses tesseract's TSV (level 5 rows are words) into lines. */
    static List<IntakeLine> lines(String tsv, int page) {
        Map<String, List<String[]>> byLine = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !c[0].equals("5")) {
                continue;
            }
            String word = c[11].trim();
            if (word.isEmpty()) {
                continue;
            }
            byLine.computeIfAbsent(c[2] + "/" + c[3] + "/" + c[4], k -> new ArrayList<>())
                    .add(c);
        }
        List<IntakeLine> out = new ArrayList<>();
        for (List<String[]> words : byLine.values()) {
            StringBuilder b = new StringBuilder();
            double conf = 0;
            for (String[] w : words) {
                String text = w[11].trim();
                if (b.length() > 0 && needsSpace(b.charAt(b.length() - 1), text.charAt(0))) {
                    b.append(' ');
                }
                b.append(text);
                conf += Math.max(0, Double.parseDouble(w[10])) / 100.0;
            }
            out.add(IntakeLine.of(b.toString(), page, conf / words.size()));
        }
        return out;
    }

    private static boolean needsSpace(char before, char after) {
        return isLatinOrDigit(before) && isLatinOrDigit(after);
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
