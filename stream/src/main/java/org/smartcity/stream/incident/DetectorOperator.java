package org.smartcity.stream.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.incident.IncidentAlarm;
import org.smartcity.traffic.incident.IncidentDetector;

/**
 * Runs one {@link IncidentDetector} per key (a road) inside Flink. The detector instance lives in keyed
 * state, so it is checkpointed and rescaled with the key. Two modes:
 *
 * <ul>
 *   <li>sorted: records are buffered in keyed state and fed to the detector in event-time order when
 *       the watermark passes them (for low-rate interval records such as loops, whose detector compares
 *       consecutive intervals);
 *   <li>direct: records are fed as they arrive (for high-rate camera observations that come in time
 *       order per camera; the detector ignores older ones).
 * </ul>
 *
 * In both modes a record older than the current watermark is late: it goes to the {@code late} side
 * output instead of the detector.
 *
 * @param <T> the record type
 */
public final class DetectorOperator<T extends DetectorRecord> extends KeyedProcessFunction<String, T, IncidentAlarm> {
    /** Makes a fresh detector; serialisable so that the operator can be shipped to a cluster. */
    @FunctionalInterface
    public interface DetectorFactory extends java.io.Serializable {
        IncidentDetector create();
    }

    private final DetectorFactory factory;
    private final boolean sorted;
    private final Class<T> type;
    private final OutputTag<T> late;
    private transient ValueState<IncidentDetector> detector;
    private transient ListState<T> buffer;

    public DetectorOperator(DetectorFactory factory, boolean sorted, Class<T> type, OutputTag<T> late) {
        this.factory = factory;
        this.sorted = sorted;
        this.type = type;
        this.late = late;
    }

    @Override
    public void open(OpenContext context) {
        detector = getRuntimeContext()
                .getState(new ValueStateDescriptor<>("detector", TypeInformation.of(IncidentDetector.class)));
        if (sorted) {
            buffer = getRuntimeContext().getListState(new ListStateDescriptor<>("pending", TypeInformation.of(type)));
        }
    }

    @Override
    public void processElement(T record, Context ctx, Collector<IncidentAlarm> out) throws Exception {
        if (record.time_ms() <= ctx.timerService().currentWatermark()) {
            ctx.output(late, record);
            return;
        }
        if (!sorted) {
            feed(record, out);
            return;
        }
        buffer.add(record);
        ctx.timerService().registerEventTimeTimer(record.time_ms());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<IncidentAlarm> out) throws Exception {
        List<T> due = new ArrayList<>();
        List<T> keep = new ArrayList<>();
        for (T r : buffer.get()) {
            (r.time_ms() <= timestamp ? due : keep).add(r);
        }
        if (due.isEmpty()) {
            return;
        }
        due.sort(Comparator.comparingLong(DetectorRecord::time_ms));
        buffer.update(keep);
        for (T r : due) {
            feed(r, out);
        }
    }

    private void feed(T record, Collector<IncidentAlarm> out) throws Exception {
        IncidentDetector d = detector.value();
        if (d == null) {
            d = factory.create();
        }
        d.accept(record, out::collect);
        detector.update(d);
    }
}
