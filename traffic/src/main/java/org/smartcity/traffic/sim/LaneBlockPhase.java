package org.smartcity.traffic.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Step phase {@code lane-blocks} (compute, after {@code signal-check}): lowers the wanted speed of the
 * vehicle nearest behind each active {@link LaneBlock} so that it stops before the obstacle as behind
 * a stopped leader; vehicles behind it follow it as usual. The vehicle at the front of each lane link
 * into a blocked lane also stops for the obstacle when no vehicle on the lane is between them. Does
 * nothing when no block is active, so runs without incidents are unchanged.
 */
final class LaneBlockPhase implements StepPhase {
    private final List<LaneBlock> blocks = new ArrayList<>();

    @Override
    public String name() {
        return "lane-blocks";
    }

    void add(LaneBlock block, SimulationState s) {
        if (block.lane() >= s.drivables.laneCount) {
            throw new IllegalArgumentException("no lane " + block.lane() + " in the network");
        }
        if (block.position_m() > s.drivables.length_m[block.lane()]) {
            throw new IllegalArgumentException("position " + block.position_m() + " m is beyond the end of lane "
                    + s.network.laneId(block.lane()));
        }
        blocks.add(block);
    }

    List<LaneBlock> blocks() {
        return List.copyOf(blocks);
    }

    @Override
    public void run(SimulationState s) {
        if (blocks.isEmpty()) {
            return;
        }
        double now = s.time_s();
        for (LaneBlock b : blocks) {
            if (b.activeAt(now)) {
                hold(s, b);
            }
        }
    }

    private static void hold(SimulationState s, LaneBlock b) {
        DrivableQueues q = s.onDrivable;
        int lane = b.lane();
        double x = b.position_m();
        boolean heldOnLane = false;
        for (int i = 0; i < q.size(lane); i++) {
            int v = q.get(lane, i);
            if (s.pos_m[v] <= x) {
                stopBefore(s, v, x - s.pos_m[v]);
                heldOnLane = true;
                break;
            }
        }
        if (heldOnLane) {
            return;
        }
        Drivables drv = s.drivables;
        for (int d = drv.laneCount; d < drv.count; d++) {
            if (drv.endLane[d] == lane && !q.isEmpty(d)) {
                int v = q.first(d);
                stopBefore(s, v, drv.length_m[d] - s.pos_m[v] + x);
            }
        }
    }

    /** Makes {@code v} stop {@code gap_m} ahead unless it can no longer stop in time. */
    private static void stopBefore(SimulationState s, int v, double gap_m) {
        if (VehicleDynamics.brakingDistance(s.speed_mps[v], s.maxNegAcc[v]) > gap_m) {
            return;
        }
        double speed = VehicleDynamics.carFollowingSpeed(
                s.speed_mps[v],
                s.maxNegAcc[v],
                s.usualNegAcc[v],
                s.minGap_m[v],
                s.headway_s[v],
                0,
                s.maxNegAcc[v],
                s.usualNegAcc[v],
                gap_m,
                s.dt);
        s.nextSpeed_mps[v] = Math.min(s.nextSpeed_mps[v], Math.max(0, speed));
    }
}
