package org.smartcity.court.intake;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Removes the ruling of tables (cover, catalogue, item lists) from a scanned page before OCR: runs of dark pixels
 * much longer than any character stroke — horizontal runs over {@link #H_FRACTION} of the width, vertical runs over
 * {@link #V_FRACTION} of the height — are painted white. Tesseract otherwise drops or garbles the text in ruled cells.
 */
public final class RuleLines {
    static final double H_FRACTION = 0.08;
    static final double V_FRACTION = 0.08;
    private static final int DARK = 140;
    /** Pixels either side of a rule that are erased with it (its anti-aliased edge). */
    private static final int PAD = 2;

    private RuleLines() {}

    /** A grey copy of the image without long horizontal and vertical lines. */
    public static BufferedImage remove(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.getGraphics().drawImage(image, 0, 0, null);
        WritableRaster r = out.getRaster();
        int w = out.getWidth();
        int h = out.getHeight();
        int minH = (int) (w * H_FRACTION);
        int minV = (int) (h * V_FRACTION);
        boolean[] erase = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int start = -1;
            for (int x = 0; x <= w; x++) {
                boolean dark = x < w && r.getSample(x, y, 0) < DARK;
                if (dark && start < 0) {
                    start = x;
                } else if (!dark && start >= 0) {
                    if (x - start >= minH) {
                        for (int k = start; k < x; k++) {
                            for (int d = -PAD; d <= PAD; d++) {
                                if (y + d >= 0 && y + d < h) {
                                    erase[(y + d) * w + k] = true;
                                }
                            }
                        }
                    }
                    start = -1;
                }
            }
        }
        for (int x = 0; x < w; x++) {
            int start = -1;
            for (int y = 0; y <= h; y++) {
                boolean dark = y < h && r.getSample(x, y, 0) < DARK;
                if (dark && start < 0) {
                    start = y;
                } else if (!dark && start >= 0) {
                    if (y - start >= minV) {
                        for (int k = start; k < y; k++) {
                            for (int d = -PAD; d <= PAD; d++) {
                                if (x + d >= 0 && x + d < w) {
                                    erase[k * w + x + d] = true;
                                }
                            }
                        }
                    }
                    start = -1;
                }
            }
        }
        for (int i = 0; i < erase.length; i++) {
            if (erase[i]) {
                r.setSample(i % w, i / w, 0, 255);
            }
        }
        return out;
    }
}
