package org.smartcity.stream.window;

import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.smartcity.traffic.detect.PassageLine;
import org.smartcity.traffic.detect.PassageRecord;

/**
 * Keyed by road and token: remembers a vehicle's entry passage and, at its stop-line passage on the
 * same road, emits the travel time. An entry without a stop-line passage is forgotten after {@code
 * forget_ms} of event time (the vehicle turned off or the camera missed it), so state stays bounded.
 */
public final class PassagePairing extends KeyedProcessFunction<String, PassageRecord, TravelTime> {
    private final long forget_ms;
    private transient ValueState<Long> entry;

    public PassagePairing(long forget_ms) {
        this.forget_ms = forget_ms;
    }

    @Override
    public void open(org.apache.flink.api.common.functions.OpenContext context) {
        entry = getRuntimeContext().getState(new ValueStateDescriptor<>("entry_ms", Types.LONG));
    }

    @Override
    public void processElement(PassageRecord p, Context ctx, Collector<TravelTime> out) throws Exception {
        if (p.line() == PassageLine.ENTRY) {
            entry.update(p.time_ms());
            ctx.timerService().registerEventTimeTimer(p.time_ms() + forget_ms);
            return;
        }
        Long entered = entry.value();
        if (entered != null && entered <= p.time_ms()) {
            out.collect(new TravelTime(p.road(), p.lane(), p.time_ms(), (p.time_ms() - entered) / 1000.0));
            entry.clear();
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TravelTime> out) throws Exception {
        Long entered = entry.value();
        if (entered != null && entered + forget_ms <= timestamp) {
            entry.clear();
        }
    }

    /** Key of a passage: road and token. */
    public static String key(PassageRecord p) {
        return p.road() + '|' + p.token();
    }
}
