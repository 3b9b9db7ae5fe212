package org.smartcity.traffic.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Books this step into the run's metrics: time lost against the allowed speed (delay), stops, the
 * longest continuous wait of any vehicle, queues (stopped vehicles) per lane, and a time-series row
 * at every series interval. Vehicles waiting to enter lose the whole step.
 */
final class MetricsPhase implements StepPhase {
    private static final double EPS = 1e-9;
    private final double seriesInterval_s;
    private double nextRow_s;
    double timeLoss_s;
    long stops;
    long queuedLaneSteps;
    int maxQueue;
    long laneSteps;
    /** Vehicle-seconds on lanes of roads that end at a real (non-virtual) intersection. */
    double approachTime_s;
    /** Per lane: does its road end at a real intersection? Worked out on the first step. */
    private boolean[] approachLane;

    final List<double[]> series = new ArrayList<>();

    MetricsPhase(double seriesInterval_s) {
        this.seriesInterval_s = seriesInterval_s;
        this.nextRow_s = seriesInterval_s;
    }

    @Override
    public String name() {
        return "log";
    }

    @Override
    public void run(SimulationState s) {
        Drivables drv = s.drivables;
        DrivableQueues q = s.onDrivable;
        double dt = s.dt;
        double end = s.time_s() + dt;
        double speedSum = 0;
        int stopped = 0;
        if (approachLane == null) {
            approachLane = approachLanes(s);
        }
        double now = s.time_s();
        double[] speeds = s.speed_mps;
        double[] maxSpeed = s.maxSpeed;
        double[] waitingSince = s.waitingSince_s;
        double lost = timeLoss_s;
        double maxWait = s.maxWait_s;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            int n = q.size(d);
            if (d < drv.laneCount && approachLane[d]) {
                approachTime_s += n * dt;
            }
            double limit = drv.maxSpeed_mps[d];
            int queued = 0;
            for (int i = 0; i < n; i++) {
                int v = q.get(d, i);
                double speed = speeds[v];
                speedSum += speed;
                double allowed = Math.min(maxSpeed[v], limit);
                lost += Math.max(0, 1 - speed / allowed) * dt;
                if (speed < SimulationState.STOPPED_SPEED_MPS) {
                    queued++;
                    if (Double.isNaN(waitingSince[v])) {
                        waitingSince[v] = now;
                        stops++;
                    }
                    maxWait = Math.max(maxWait, end - waitingSince[v]);
                } else {
                    waitingSince[v] = Double.NaN;
                }
            }
            if (d < drv.laneCount) {
                queuedLaneSteps += queued;
                maxQueue = Math.max(maxQueue, queued);
            }
            stopped += queued;
        }
        timeLoss_s = lost;
        s.maxWait_s = maxWait;
        laneSteps += drv.laneCount;
        timeLoss_s += s.waitingToEnter * dt;
        if (end + EPS >= nextRow_s) {
            nextRow_s += seriesInterval_s;
            series.add(new double[] {
                end,
                s.running,
                s.waitingToEnter,
                s.finished,
                s.running == 0 ? 0 : speedSum / s.running,
                stopped,
                averageTravelTime(s, end)
            });
        }
    }

    /** CityFlow's average travel time at {@code now}: unfinished vehicles count with their time so far. */
    static double averageTravelTime(SimulationState s, double now) {
        double total = s.finishedTravelTime_s;
        int count = s.finished;
        for (int v = 0; v < s.departed; v++) {
            if (s.status[v] != SimulationState.FINISHED) {
                total += now - s.enterTime_s[v];
                count++;
            }
        }
        return count == 0 ? 0 : total / count;
    }

    /**
     * Average time on the approaches of real intersections: the vehicle-seconds spent on lanes of roads that end at a
     * non-virtual intersection, over the vehicles that entered a lane. Exit roads, lane links inside intersections and
     * waiting to enter are left out; unfinished vehicles count up to the end of the run. This is how the benchmark code
     * of Advanced-XLight and LLMLight measures travel time (per intersection, leave minus enter, summed per vehicle).
     */
    private static boolean[] approachLanes(SimulationState s) {
        boolean[] approach = new boolean[s.network.laneCount()];
        for (int lane = 0; lane < approach.length; lane++) {
            approach[lane] = !s.network.isVirtual(s.network.roadTo(s.network.laneRoad(lane)));
        }
        return approach;
    }

    double averageApproachTime(SimulationState s) {
        return s.enteredLane == 0 ? 0 : approachTime_s / s.enteredLane;
    }
}
