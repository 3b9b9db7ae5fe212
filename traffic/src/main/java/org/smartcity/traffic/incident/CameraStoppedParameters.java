package org.smartcity.traffic.incident;

/**
 * Parameters of {@link CameraStoppedDetector}.
 *
 * @param stoppedSpeed_mps an object slower than this is stopped, m/s
 * @param minStopped_s it must stay stopped this long, s
 * @param stopLineZone_m objects this close to the stop line are waiting for the signal, m
 * @param clearAhead_m the lane must be free this far ahead of the object (front to front), m
 */
public record CameraStoppedParameters(
        double stoppedSpeed_mps, double minStopped_s, double stopLineZone_m, double clearAhead_m)
        implements java.io.Serializable {
    /** 0.1 m/s, 5 s, 10 m, 15 m (two queued cars are 7.5 m apart front to front). */
    public static final CameraStoppedParameters DEFAULT = new CameraStoppedParameters(0.1, 5, 10, 15);

    public CameraStoppedParameters {
        if (!(stoppedSpeed_mps > 0) || !(minStopped_s >= 0) || !(stopLineZone_m >= 0) || !(clearAhead_m > 0)) {
            throw new IllegalArgumentException("camera detector parameters must be positive");
        }
    }
}
