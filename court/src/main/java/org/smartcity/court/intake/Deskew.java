package org.smartcity.court.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Straightens a slightly rotated scan. The skew angle is the one (within ±{@link #MAX_DEGREES}°) at which the dark
 * pixels, projected onto rows, give the sharpest profile (the largest sum of squared row counts): text lines then lie
 * on rows. Estimated on every fourth pixel; pages already straight (under 0.15°) are returned unchanged.
 */
public final class Deskew {
    static final double MAX_DEGREES = 4.0;
    private static final double STEP_DEGREES = 0.1;
    private static final int SAMPLE = 4;

    private Deskew() {}

    /** The skew of the page's text in degrees (positive: the text is rotated clockwise). */
    public static double angleDegrees(BufferedImage image) {
        Raster r = image.getRaster();
        int w = image.getWidth() / SAMPLE;
        int h = image.getHeight() / SAMPLE;
        int[] xs = new int[w * h];
        int[] ys = new int[w * h];
        int n = 0;
        int bands = r.getNumBands();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = r.getSample(x * SAMPLE, y * SAMPLE, 0);
                if (bands >= 3) {
                    v = (v + r.getSample(x * SAMPLE, y * SAMPLE, 1) + r.getSample(x * SAMPLE, y * SAMPLE, 2)) / 3;
                }
                if (v < 110) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 50) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        int rows = h + w + 2;
        int[] counts = new int[2 * rows];
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += STEP_DEGREES) {
            double t = Math.tan(Math.toRadians(a));
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                int row = (int) Math.round(ys[i] - xs[i] * t) + rows;
                if (row >= 0 && row < counts.length) {
                    counts[row]++;
                }
            }
            double score = 0;
            for (int c : counts) {
                score += (double) c * c;
            }
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    /** The image rotated back by its skew, on a white background; the same image when it is straight. */
    public static BufferedImage straighten(BufferedImage image) {
        double a = angleDegrees(image);
        if (Math.abs(a) < 0.15) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(
                    image,
                    AffineTransform.getRotateInstance(
                            Math.toRadians(-a), image.getWidth() / 2.0, image.getHeight() / 2.0),
                    null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
