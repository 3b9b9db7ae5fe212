package org.smartcity.traffic.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.TestNetworks;
import org.smartcity.traffic.TestNetworks.Phase;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.PlanController;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;

/** The pre-emption lead grows with the stopped vehicles in front of the ambulance, and only then. */
class QueueAwareLeadTest {
    /** Red for 150 s, then green: a queue builds at the stop line. */
    private static final RoadNetwork NETWORK =
            TestNetworks.corridor(700, 200, 1, 13.89, List.of(new Phase(150, false), new Phase(30, true)));

    private static final int[] ROUTE = {
        NETWORK.findRoad(TestNetworks.IN_ROAD).orElseThrow(),
        NETWORK.findRoad(TestNetworks.OUT_ROAD).orElseThrow()
    };
    private static final int JUNCTION = NETWORK.roadTo(ROUTE[0]);

    /** First step (time) at which each lead requests the junction: {fixed lead, queue-aware lead}. */
    private static double[] firstRequests(int queuedVehicles) {
        Demand others = queuedVehicles == 0
                ? new Demand(List.of())
                : TestNetworks.demand(TestNetworks.flow(
                        NETWORK,
                        VehicleType.PASSENGER_CAR,
                        0,
                        4,
                        queuedVehicles,
                        TestNetworks.IN_ROAD,
                        TestNetworks.OUT_ROAD));
        double departure_s = 100;
        Demand demand = EmergencyEvaluation.withAmbulance(others, ROUTE, departure_s);
        Simulation sim = TestNetworks.simulation(
                NETWORK, demand, (layout, protocol) -> new PlanController(layout), SignalProtocol.NATIVE, 0);
        AmbulanceTracker tracker = new AmbulanceTracker(
                NETWORK,
                EmergencyEvaluation.ambulanceVehicleId(others, departure_s),
                ROUTE,
                departure_s,
                VehicleType.PASSENGER_CAR.maxSpeed_mps());
        EmergencyPreemption fixed = new EmergencyPreemption(NETWORK, tracker, -1, 30, 0);
        EmergencyPreemption queueAware = new EmergencyPreemption(NETWORK, tracker, -1, 30, 2);
        sim.addObserver(tracker);
        sim.addObserver(fixed);
        sim.addObserver(queueAware);
        double[] first = {Double.NaN, Double.NaN};
        for (int t = 0; t < 300 && Double.isNaN(first[0]); t++) {
            sim.step();
            if (Double.isNaN(first[1]) && queueAware.requestedPhase(JUNCTION, sim.time_s()) >= 0) {
                first[1] = sim.time_s();
                assertThat(queueAware.requestedPhase(JUNCTION, sim.time_s()))
                        .as("the phase that lets it go")
                        .isEqualTo(1);
            }
            if (fixed.requestedPhase(JUNCTION, sim.time_s()) >= 0) {
                first[0] = sim.time_s();
            }
        }
        return first;
    }

    @Test
    void aQueueInFrontOfTheAmbulanceBringsTheRequestForward() {
        double[] first = firstRequests(20); // 20 vehicles from t = 0, stopped at the red when it comes

        assertThat(first[0]).as("the fixed lead requests at some point").isFinite();
        assertThat(first[1]).as("the queue-aware lead requests earlier").isLessThan(first[0] - 10);
    }

    @Test
    void withoutAQueueBothLeadsAgree() {
        double[] first = firstRequests(0);

        assertThat(first[0]).isFinite();
        assertThat(first[1]).isEqualTo(first[0]);
    }
}
