package org.smartcity.traffic.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.LaneReadings;
import org.smartcity.traffic.signal.SignalRunner;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationSummary;

/**
 * Observes a simulation after every step (cheap bookkeeping for per-minute counts and the KPI history)
 * and builds {@link TwinFrame}s on request. Used on the simulation thread only, except {@link
 * #history()}, which is safe from any thread.
 */
final class FrameRecorder implements Simulation.StepObserver {
    /** A KPI sample is kept every this many simulated seconds. */
    static final double HISTORY_INTERVAL_S = 10;
    /** At most this many samples are kept (the oldest are dropped): about 11 simulated hours. */
    static final int HISTORY_LIMIT = 4000;

    private final RoadNetwork network;
    private final int[] signals;
    private final int[][] signalLanes;
    private final int[] finishedRing;
    private final long[] minuteStartDepartures;
    private final int[] lastMinuteDepartures;
    private final int stepsPerMinute;
    private final int stepsPerSample;
    private final ArrayDeque<TwinKpi> history = new ArrayDeque<>();

    FrameRecorder(Simulation simulation, List<Integer> signals) {
        this.network = simulation.network();
        this.signals = signals.stream().mapToInt(Integer::intValue).toArray();
        this.signalLanes = new int[this.signals.length][];
        for (int k = 0; k < this.signals.length; k++) {
            List<Integer> lanes = new ArrayList<>();
            for (int road : network.incomingRoadsOf(this.signals[k])) {
                for (int lane = network.firstLane(road);
                        lane < network.firstLane(road) + network.laneCount(road);
                        lane++) {
                    lanes.add(lane);
                }
            }
            signalLanes[k] = lanes.stream().mapToInt(Integer::intValue).toArray();
        }
        this.stepsPerMinute = Math.max(1, (int) Math.round(60 / simulation.step_s()));
        this.stepsPerSample = Math.max(1, (int) Math.round(HISTORY_INTERVAL_S / simulation.step_s()));
        // slot s % (m + 1) holds the finished count after step s, so a minute ago is still there
        this.finishedRing = new int[stepsPerMinute + 1];
        this.minuteStartDepartures = new long[this.signals.length];
        this.lastMinuteDepartures = new int[this.signals.length];
    }

    @Override
    public void afterStep(Simulation simulation) {
        int step = simulation.stepCount();
        finishedRing[step % finishedRing.length] = simulation.finishedCount();
        if (step % stepsPerMinute == 0) {
            LaneReadings readings = simulation.readings();
            for (int k = 0; k < signals.length; k++) {
                long total = departures(readings, k);
                lastMinuteDepartures[k] = (int) (total - minuteStartDepartures[k]);
                minuteStartDepartures[k] = total;
            }
        }
        if (step % stepsPerSample == 0) {
            TwinKpi kpi = kpi(simulation, simulation.summary());
            synchronized (history) {
                if (history.size() == HISTORY_LIMIT) {
                    history.removeFirst();
                }
                history.addLast(kpi);
            }
        }
    }

    private long departures(LaneReadings readings, int k) {
        long total = 0;
        for (int lane : signalLanes[k]) {
            total += readings.departures(lane);
        }
        return total;
    }

    /** KPI samples so far, oldest first; a copy. */
    List<TwinKpi> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    TwinKpi kpi(Simulation simulation, SimulationSummary s) {
        int step = simulation.stepCount();
        int minuteAgo = step < stepsPerMinute ? 0 : finishedRing[(step + 1) % finishedRing.length];
        LaneReadings readings = simulation.readings();
        int queued = 0;
        for (int lane = 0; lane < network.laneCount(); lane++) {
            queued += readings.waitingVehicles(lane, Double.POSITIVE_INFINITY);
        }
        return new TwinKpi(
                s.time_s(),
                s.averageTravelTime_s(),
                simulation.averageFinishedTravelTime_s(),
                s.averageDelay_s(),
                s.finished(),
                s.finished() - minuteAgo,
                queued,
                s.running(),
                s.waitingToEnter());
    }

    TwinFrame frame(
            Simulation simulation,
            TwinFrame.Status status,
            double targetSpeed,
            double achievedSpeed,
            int[] controllers,
            List<TwinAlarm> alarms,
            List<TwinIncident> incidents,
            TwinAmbulance ambulance,
            int demandRound,
            double demandPeriod_s) {
        int lanes = network.laneCount();
        int[] vehicles = new int[lanes];
        double[] speedSum = new double[lanes];
        simulation.forEachRunningVehicle((vehicle, drivable, onLaneLink, pos_m, speed_mps) -> {
            if (!onLaneLink) {
                vehicles[drivable]++;
                speedSum[drivable] += speed_mps;
            }
        });
        float[] speed = new float[lanes];
        int[] queue = new int[lanes];
        LaneReadings readings = simulation.readings();
        for (int lane = 0; lane < lanes; lane++) {
            speed[lane] = vehicles[lane] == 0 ? -1 : Math.round(speedSum[lane] / vehicles[lane] * 10) / 10f;
            queue[lane] = readings.waitingVehicles(lane, Double.POSITIVE_INFINITY);
        }
        SignalRunner runner = simulation.signals();
        int[] phases = new int[signals.length];
        for (int k = 0; k < signals.length; k++) {
            phases[k] = runner.shownPhase(signals[k]);
        }
        return new TwinFrame(
                System.currentTimeMillis(),
                simulation.stepCount(),
                simulation.time_s(),
                status,
                targetSpeed,
                achievedSpeed,
                vehicles,
                speed,
                queue,
                phases,
                controllers.clone(),
                lastMinuteDepartures.clone(),
                kpi(simulation, simulation.summary()),
                alarms,
                incidents,
                ambulance,
                demandRound,
                demandPeriod_s);
    }
}
