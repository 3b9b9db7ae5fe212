package org.smartcity.stream.window;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.smartcity.traffic.detect.LoopRecord;

/**
 * Sums loop records of one window: vehicles counted, occupancy-seconds, speed sum of counted
 * vehicles and seconds of records. Used for lanes and roads alike.
 */
public final class LoopWindow implements AggregateFunction<LoopRecord, LoopWindow.Sums, LoopWindow.Sums> {

    /** Running sums; a plain Flink POJO so that it serialises without Kryo. */
    public static final class Sums {
        public long count;
        public double occupancySeconds;
        public double speedSum;
        public double seconds;
        public long records;

        public Sums() {}

        /** Vehicles per hour over all lanes summed (one station per lane), for a window of {@code window_s}. */
        public double flow_vph(long window_s) {
            return count * 3600.0 / window_s;
        }

        public double occupancy() {
            return seconds == 0 ? 0 : occupancySeconds / seconds;
        }

        public double speed_mps() {
            return count == 0 ? 0 : speedSum / count;
        }
    }

    @Override
    public Sums createAccumulator() {
        return new Sums();
    }

    @Override
    public Sums add(LoopRecord r, Sums s) {
        s.count += r.count();
        s.occupancySeconds += r.occupancy() * r.interval_s();
        s.speedSum += r.speed_mps() * r.count();
        s.seconds += r.interval_s();
        s.records++;
        return s;
    }

    @Override
    public Sums getResult(Sums s) {
        return s;
    }

    @Override
    public Sums merge(Sums a, Sums b) {
        a.count += b.count;
        a.occupancySeconds += b.occupancySeconds;
        a.speedSum += b.speedSum;
        a.seconds += b.seconds;
        a.records += b.records;
        return a;
    }
}
