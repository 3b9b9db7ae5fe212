package org.smartcity.traffic.demand;

/**
 * Physical and behavioural parameters of a vehicle, as CityFlow's flow file gives them. Lengths in
 * metres, speeds in m/s, accelerations in m/s², times in seconds. Immutable; validated on construction.
 *
 * @param length_m vehicle length
 * @param width_m vehicle width (drawing only)
 * @param maxPosAcc_mps2 largest acceleration the vehicle can apply
 * @param maxNegAcc_mps2 largest deceleration (positive number) the vehicle can apply
 * @param usualPosAcc_mps2 comfortable acceleration
 * @param usualNegAcc_mps2 comfortable deceleration (positive number)
 * @param minGap_m bumper-to-bumper gap kept to the leader when stopped
 * @param maxSpeed_mps speed the driver wants to drive at on a free road
 * @param headwayTime_s time gap the driver keeps to the leader
 * @param sigma driver imperfection in [0, 1] (SUMO's Krauss dawdling; 0 = a perfect driver); used by
 *     the SUMO model only
 * @param speedFactor mean factor on speed limits the driver wants to drive at (SUMO's {@code
 *     speedFactor}), in [0.2, 2]; used by the SUMO model only
 * @param speedDev standard deviation of the per-vehicle speed factor around its mean, in [0, 1];
 *     used by the SUMO model only
 */
public record VehicleType(
        double length_m,
        double width_m,
        double maxPosAcc_mps2,
        double maxNegAcc_mps2,
        double usualPosAcc_mps2,
        double usualNegAcc_mps2,
        double minGap_m,
        double maxSpeed_mps,
        double headwayTime_s,
        double sigma,
        double speedFactor,
        double speedDev) {

    /** The passenger car used by the CityFlow benchmark data sets. */
    public static final VehicleType PASSENGER_CAR = new VehicleType(5.0, 2.0, 2.0, 4.5, 2.0, 4.5, 2.5, 11.111, 2.0);

    public VehicleType {
        requirePositive("length", length_m);
        requirePositive("width", width_m);
        requirePositive("maxPosAcc", maxPosAcc_mps2);
        requirePositive("maxNegAcc", maxNegAcc_mps2);
        requirePositive("usualPosAcc", usualPosAcc_mps2);
        requirePositive("usualNegAcc", usualNegAcc_mps2);
        requirePositive("maxSpeed", maxSpeed_mps);
        if (!(minGap_m >= 0) || !Double.isFinite(minGap_m)) {
            throw new IllegalArgumentException("minGap must be a finite number >= 0, got " + minGap_m);
        }
        if (!(headwayTime_s >= 0) || !Double.isFinite(headwayTime_s)) {
            throw new IllegalArgumentException("headwayTime must be a finite number >= 0, got " + headwayTime_s);
        }
        if (!(sigma >= 0 && sigma <= 1)) {
            throw new IllegalArgumentException("sigma must be in [0, 1], got " + sigma);
        }
        if (!(speedFactor >= 0.2 && speedFactor <= 2)) {
            throw new IllegalArgumentException("speedFactor must be in [0.2, 2], got " + speedFactor);
        }
        if (!(speedDev >= 0 && speedDev <= 1)) {
            throw new IllegalArgumentException("speedDev must be in [0, 1], got " + speedDev);
        }
    }

    /** A vehicle type with a perfect driver (no dawdling, speed factor exactly 1): CityFlow's drivers. */
    public VehicleType(
            double length_m,
            double width_m,
            double maxPosAcc_mps2,
            double maxNegAcc_mps2,
            double usualPosAcc_mps2,
            double usualNegAcc_mps2,
            double minGap_m,
            double maxSpeed_mps,
            double headwayTime_s) {
        this(
                length_m,
                width_m,
                maxPosAcc_mps2,
                maxNegAcc_mps2,
                usualPosAcc_mps2,
                usualNegAcc_mps2,
                minGap_m,
                maxSpeed_mps,
                headwayTime_s,
                0,
                1,
                0);
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite positive number, got " + value);
        }
    }
}
