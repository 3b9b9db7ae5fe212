package org.smartcity.stream.job;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Bounded-out-of-orderness watermarks emitted as soon as the largest event time seen advances (rather
 * than on a wall-clock period): the watermark is {@code max − bound − 1} ms. Detector records come at
 * whole seconds, so this emits about once per second of event time however fast records arrive, and
 * results do not depend on processing speed (tests are deterministic). A timestamp of
 * {@link Long#MIN_VALUE} (no event time, e.g. a rejected line) never moves the watermark.
 */
final class EventTimeWatermarks<T> implements WatermarkGenerator<T> {
    private final long bound_ms;
    private long max = Long.MIN_VALUE;

    EventTimeWatermarks(long bound_ms) {
        this.bound_ms = bound_ms;
    }

    @Override
    public void onEvent(T record, long timestamp, WatermarkOutput output) {
        if (timestamp > max) {
            max = timestamp;
            output.emitWatermark(new Watermark(max - bound_ms - 1));
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {}
}
