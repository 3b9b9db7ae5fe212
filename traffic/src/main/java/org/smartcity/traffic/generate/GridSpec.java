package org.smartcity.traffic.generate;

/**
 * A synthetic grid laid out like the CityFlow Hangzhou/Jinan networks: {@code rows × cols} signalised
 * intersections {@code spacing_m} apart, each boundary road ending at a virtual intersection, 3 lanes
 * per road (left, through, right) and the 9-phase plan of those networks.
 *
 * @param rows signalised intersections north–south, 1..200
 * @param cols signalised intersections east–west, 1..200
 * @param spacing_m distance between neighbouring intersections, > 2 × intersection width
 * @param vehiclesPerHourPerEntry vehicles entering on each boundary road per hour
 * @param turnProbability chance of turning (left or right, equally) at each signal, at most two turns
 * @param duration_s departures are spread over [0, duration_s)
 * @param seed seed for departure times and turns
 */
public record GridSpec(
        int rows,
        int cols,
        double spacing_m,
        double vehiclesPerHourPerEntry,
        double turnProbability,
        int duration_s,
        long seed) {

    /** Width cut from road ends at every signalised intersection, as in the CityFlow data (m). */
    public static final double INTERSECTION_WIDTH_M = 15;

    public GridSpec {
        if (rows < 1 || rows > 200 || cols < 1 || cols > 200) {
            throw new IllegalArgumentException("rows and cols must be in 1..200, got " + rows + "×" + cols);
        }
        if (!(spacing_m > 2 * INTERSECTION_WIDTH_M + 1) || !Double.isFinite(spacing_m)) {
            throw new IllegalArgumentException(
                    "spacing must exceed " + (2 * INTERSECTION_WIDTH_M + 1) + " m, got " + spacing_m);
        }
        if (!(vehiclesPerHourPerEntry >= 0) || vehiclesPerHourPerEntry > 3600) {
            throw new IllegalArgumentException(
                    "vehicles per hour per entry must be in 0..3600, got " + vehiclesPerHourPerEntry);
        }
        if (!(turnProbability >= 0 && turnProbability <= 1)) {
            throw new IllegalArgumentException("turn probability must be in [0, 1], got " + turnProbability);
        }
        if (duration_s < 1) {
            throw new IllegalArgumentException("duration must be at least 1 s, got " + duration_s);
        }
    }

    /** The defaults of the scale benchmark: 300 m, 110 veh/h per entry, turn probability 0.2, one hour. */
    public static GridSpec of(int rows, int cols) {
        return new GridSpec(rows, cols, 300, 110, 0.2, 3600, 0);
    }
}
