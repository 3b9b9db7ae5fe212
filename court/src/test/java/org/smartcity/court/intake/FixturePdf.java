package org.smartcity.court.intake;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes test case files as PDFs with a layout of the tests' own (not the shared samples'): one list of lines per
 * page, a CJK font found on the machine, long lines wrapped at the right margin. A scan is made by rendering the pages
 * and putting the images (optionally rotated) into a PDF without a text layer.
 */
final class FixturePdf {
    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float LEADING = 17;

    private FixturePdf() {}

    /** Characters every fixture prints: Chinese, full- and half-width punctuation, Latin letters and digits. */
    private static final String PROBE = "案件编号（A1）: 2024年(3)月, E12";

    /**
     * A CJK TrueType font file on this machine (TTF or TTC) that has a glyph for every character of {@link #PROBE},
     * if any: WenQuanYi Zen Hei when present, else the first that prints everything. Fallback fonts without Latin
     * glyphs (Droid Sans Fallback) are passed over.
     */
    static Optional<Path> cjkFont() {
        Path zenhei = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
        if (Files.isReadable(zenhei)) {
            return Optional.of(zenhei);
        }
        for (String dir :
                List.of("/usr/share/fonts", "/usr/local/share/fonts", System.getProperty("user.home") + "/.fonts")) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(d)) {
                Optional<Path> f = s.filter(p -> {
                            String n = p.getFileName().toString().toLowerCase();
                            return (n.endsWith(".ttc") || n.endsWith(".ttf"))
                                    && (n.contains("wqy") || n.contains("cjk") || n.contains("droidsansfallback"));
                        })
                        .sorted()
                        .filter(FixturePdf::printsEverything)
                        .findFirst();
                if (f.isPresent()) {
                    return f;
                }
            } catch (IOException e) {
                // unreadable font folder: try the next
            }
        }
        return Optional.empty();
    }

    private static boolean printsEverything(Path fontFile) {
        try {
            for (java.awt.Font f : java.awt.Font.createFonts(fontFile.toFile())) {
                if (f.canDisplayUpTo(PROBE) == -1) {
                    return true;
                }
            }
            return false;
        } catch (java.awt.FontFormatException | IOException e) {
            return false;
        }
    }

    /** Writes the pages (each a list of lines) to {@code out} with a text layer. */
    static void write(Path out, List<List<String>> pages, Path fontFile) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = load(doc, fontFile);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    for (String line : lines) {
                        for (String part : wrap(line, font, width)) {
                            cs.beginText();
                            cs.setFont(font, SIZE);
                            cs.newLineAtOffset(MARGIN, y);
                            cs.showText(part);
                            cs.endText();
                            y -= LEADING;
                        }
                    }
                }
            }
            doc.save(out.toFile());
        }
    }

    /** Renders every page of {@code pdf} at {@code dpi} in grey, rotates it, and writes an image-only PDF. */
    static void scan(Path pdf, Path out, int dpi, double degrees) throws IOException {
        try (PDDocument src = org.apache.pdfbox.Loader.loadPDF(pdf.toFile());
                PDDocument dst = new PDDocument()) {
            PDFRenderer r = new PDFRenderer(src);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                BufferedImage img = rotate(r.renderImageWithDPI(i, dpi, ImageType.GRAY), degrees);
                PDPage page = new PDPage(PDRectangle.A4);
                dst.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(dst, img);
                try (PDPageContentStream cs = new PDPageContentStream(dst, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            dst.save(out.toFile());
        }
    }

    private static BufferedImage rotate(BufferedImage img, double degrees) {
        if (degrees == 0) {
            return img;
        }
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(
                java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(
                img,
                java.awt.geom.AffineTransform.getRotateInstance(
                        Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0),
                null);
        g.dispose();
        return out;
    }

    private static PDType0Font load(PDDocument doc, Path fontFile) throws IOException {
        if (fontFile.toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(fontFile.toFile());
            List<TrueTypeFont> fonts = new ArrayList<>();
            ttc.processAllFonts(fonts::add);
            return PDType0Font.load(doc, fonts.get(0), true);
        }
        return PDType0Font.load(doc, new File(fontFile.toString()));
    }

    private static List<String> wrap(String line, PDType0Font font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String c = new String(Character.toChars(cp));
            if (b.length() > 0 && font.getStringWidth(b + c) / 1000 * SIZE > width) {
                out.add(b.toString());
                b.setLength(0);
            }
            b.append(c);
            i += Character.charCount(cp);
        }
        out.add(b.toString());
        return out;
    }
}
