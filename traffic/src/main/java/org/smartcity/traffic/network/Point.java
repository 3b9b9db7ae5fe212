package org.smartcity.traffic.network;

/** A point of the network plane, in metres. Coordinates are finite. */
public record Point(double x_m, double y_m) {

    public Point {
        if (!Double.isFinite(x_m) || !Double.isFinite(y_m)) {
            throw new IllegalArgumentException("point coordinates must be finite, got (" + x_m + ", " + y_m + ")");
        }
    }

    public double distanceTo_m(Point other) {
        return Math.hypot(other.x_m - x_m, other.y_m - y_m);
    }

    /** Length of the polyline through {@code points}, in metres; 0 for fewer than two points. */
    public static double polylineLength_m(java.util.List<Point> points) {
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            length += points.get(i - 1).distanceTo_m(points.get(i));
        }
        return length;
    }
}
