package org.smartcity.court.intake;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Scanned page images (PNG, JPEG, TIFF — a multi-page TIFF is one page per frame), read by {@link ScanReader}. An
 * image narrower than an A4 page at {@link PdfPages#OCR_DPI} is enlarged to that width first, so that a 200 dpi scan
 * is read at the same scale as a rendered PDF page.
 */
final class ImagePages implements PageReader {
    /** Width in pixels of an A4 page at the OCR resolution. */
    private static final int A4_WIDTH_PX = (int) Math.round(210 / 25.4 * PdfPages.OCR_DPI);

    private final ScanReader scans;

    ImagePages(ScanReader scans) {
        this.scans = scans;
    }

    @Override
    public List<PageText> read(Path file, String name) throws IntakeException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IntakeException(name, 0, "not a readable image");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IntakeException(name, 0, "not a readable image (unknown or damaged image format)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int frames = reader.getNumImages(true);
                if (frames <= 0) {
                    throw new IntakeException(name, 0, "the image file holds no image");
                }
                List<Integer> pages = new ArrayList<>();
                for (int p = 1; p <= frames; p++) {
                    pages.add(p);
                }
                return scans.read(name, pages, p -> grey(reader.read(p - 1)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new IntakeException(name, 0, "not a readable image (" + e.getMessage() + ")", e);
        }
    }

    /** The image in 8-bit grey, enlarged to an A4 width at the OCR resolution when it is narrower. */
    static BufferedImage grey(BufferedImage src) {
        double scale = src.getWidth() < A4_WIDTH_PX * 0.8 ? (double) A4_WIDTH_PX / src.getWidth() : 1.0;
        int w = (int) Math.round(src.getWidth() * scale);
        int h = (int) Math.round(src.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
