package org.smartcity.traffic.emergency;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.routing.RoadRouter;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllerFactory;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.signal.SignalRunner;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;
import org.smartcity.traffic.sim.SimulationSummary;

/**
 * One seeded comparison of an ambulance trip with and without signal pre-emption on a scenario.
 *
 * <ol>
 *   <li>The trip is drawn from the run's seed: an origin road entering the network at its boundary,
 *       a destination road leaving it, whose free-flow route crosses at least {@code minSignals}
 *       signals, and a departure time.
 *   <li>The scenario runs without the ambulance up to its departure while {@link LiveTravelTimes}
 *       measures every road; the ambulance's route is the fastest on those live times.
 *   <li>The scenario runs twice more with the ambulance added (same seed, so both runs are identical
 *       up to its departure): once under the controllers alone, once with {@link
 *       EmergencyPreemption}. Both report the ambulance's travel time and the mean delay of the other
 *       vehicles over the scenario's {@code steps}.
 * </ol>
 *
 * Stateless; {@link #run} may be called from several threads at once.
 */
public final class EmergencyEvaluation {
    /** The ambulance drives like the benchmark passenger car (the model has no overtaking or pulling over). */
    public static final VehicleType AMBULANCE = VehicleType.PASSENGER_CAR;

    /**
     * @param steps simulated steps over which the others' delay is measured (the ambulance may run on
     *     past them until it arrives)
     * @param earliestDeparture_s earliest departure of the ambulance
     * @param latestDeparture_s latest departure
     * @param minSignals least number of signals on its free-flow route
     * @param lead_s pre-emption lead time before the estimated arrival
     * @param liveWindow_s window of the live travel times
     * @param queueHeadway_s extra lead per stopped vehicle in front of the ambulance (see {@link
     *     EmergencyPreemption}); 0 for the fixed lead
     */
    public record Settings(
            int steps,
            double earliestDeparture_s,
            double latestDeparture_s,
            int minSignals,
            double lead_s,
            double liveWindow_s,
            double queueHeadway_s) {
        public static final Settings DEFAULT = new Settings(3600, 900, 2400, 3, 30, 300, 2);

        public Settings {
            if (steps <= 0 || !(earliestDeparture_s >= 0) || latestDeparture_s < earliestDeparture_s) {
                throw new IllegalArgumentException("need steps > 0 and 0 <= earliest <= latest departure");
            }
            if (minSignals < 0 || !(lead_s >= 0) || !(liveWindow_s > 0) || !(queueHeadway_s >= 0)) {
                throw new IllegalArgumentException(
                        "need minSignals >= 0, lead >= 0 s, live window > 0 s, queue headway >= 0 s");
            }
        }
    }

    /**
     * One run's figures. Times in seconds.
     *
     * @param signals signalised junctions on the ambulance's route
     * @param ambulanceWithout_s its travel time under the controllers alone
     * @param ambulanceWith_s its travel time with pre-emption
     * @param othersDelayWithout_s mean delay of all other departed vehicles, without pre-emption
     * @param othersDelayWith_s the same with pre-emption
     * @param othersTripLossWithout_s vehicle-seconds the other vehicles lost from the ambulance's
     *     departure until 300 s after its arrival without pre-emption, without pre-emption
     * @param othersTripLossWith_s the same window, with pre-emption
     * @param freeFlow_s the ambulance's route driven at the speed limits, junctions taken as free
     * @param preemptions priority requests served
     * @param entryWaitWithout_s how long the ambulance waited to enter its first lane (behind vehicles
     *     queued at the edge of the network), without pre-emption; NaN if it never entered
     * @param entryWaitWith_s the same with pre-emption
     * @param baseline how congested the scenario is: the run without pre-emption at {@code steps}
     */
    public record Result(
            String scenario,
            int run,
            String origin,
            String destination,
            double departure_s,
            int routeRoads,
            int signals,
            double ambulanceWithout_s,
            double ambulanceWith_s,
            double othersDelayWithout_s,
            double othersDelayWith_s,
            double othersTripLossWithout_s,
            double othersTripLossWith_s,
            double freeFlow_s,
            int preemptions,
            double entryWaitWithout_s,
            double entryWaitWith_s,
            Congestion baseline) {
        /** Whether the ambulance arrived in both runs (it may not, in gridlock, within the extra steps). */
        public boolean arrivedInBoth() {
            return !Double.isNaN(ambulanceWithout_s) && !Double.isNaN(ambulanceWith_s);
        }
    }

    /**
     * How congested the run without pre-emption was at the end of the measured steps.
     *
     * @param vehicles vehicles departed
     * @param finishedShare share of them that completed their route
     * @param averageTravelTime_s CityFlow's average travel time
     * @param averageDelay_s mean delay of all departed vehicles
     * @param averageQueue_veh stopped vehicles per lane, averaged over lanes and steps
     * @param waitingToEnter vehicles still waiting to enter at the end (spill back to the boundary)
     */
    public record Congestion(
            int vehicles,
            double finishedShare,
            double averageTravelTime_s,
            double averageDelay_s,
            double averageQueue_veh,
            int waitingToEnter) {
        static Congestion of(SimulationSummary s) {
            return new Congestion(
                    s.vehicles(),
                    s.vehicles() == 0 ? 0 : (double) s.finished() / s.vehicles(),
                    s.averageTravelTime_s(),
                    s.averageDelay_s(),
                    s.averageQueue_veh(),
                    s.waitingToEnter());
        }
    }

    /** Runs comparison {@code run} on {@code scenario}; the trip and the simulations' seeds derive from {@code seed}. */
    public Result run(
            Scenario scenario,
            SignalControllerFactory controllers,
            SignalProtocol protocol,
            Settings settings,
            long seed,
            int run) {
        RoadNetwork network = scenario.network();
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + run);
        AmbulanceTrip trip = drawTrip(network, settings, random);
        SimulationConfig config = SimulationConfig.DEFAULT.withSeed(seed + run);

        Simulation probe = scenario.newSimulation(controllers, protocol, config);
        LiveTravelTimes live = new LiveTravelTimes(probe, settings.liveWindow_s());
        probe.addObserver(live);
        while (probe.time_s() + 1e-9 < trip.departure_s()) {
            probe.step();
        }
        int[] route = new RoadRouter(network)
                .fastestRoute(trip.origin(), trip.destination(), live.roadTimes_s(probe))
                .orElseThrow(() -> new IllegalStateException("no route for the ambulance"));

        Demand demand = withAmbulance(scenario.demand(), route, trip.departure_s());
        int vehicle = ambulanceVehicleId(scenario.demand(), trip.departure_s());
        Drive without = drive(network, demand, vehicle, route, trip, controllers, protocol, config, settings, false, 0);
        double windowEnd = Double.isNaN(without.travel_s())
                ? without.end_s()
                : trip.departure_s() + without.travel_s() + TRIP_WINDOW_AFTER_S;
        Drive with =
                drive(network, demand, vehicle, route, trip, controllers, protocol, config, settings, true, windowEnd);
        double freeFlow = 0;
        double[] freeFlowTimes = RoadRouter.freeFlowTimes_s(network);
        for (int road : route) {
            freeFlow += freeFlowTimes[road];
        }
        int signals = 0;
        for (int k = 0; k + 1 < route.length; k++) {
            signals += network.isSignalised(network.roadTo(route[k])) ? 1 : 0;
        }
        return new Result(
                scenario.name(),
                run,
                network.roadId(trip.origin()),
                network.roadId(trip.destination()),
                trip.departure_s(),
                route.length,
                signals,
                without.travel_s(),
                with.travel_s(),
                without.othersDelay_s(),
                with.othersDelay_s(),
                without.meter().lost_s(windowEnd),
                with.meter().lost_s(windowEnd),
                freeFlow,
                with.preemptions(),
                without.entryWait_s(),
                with.entryWait_s(),
                without.congestion());
    }

    /** The others' time loss is measured from the ambulance's departure until this long after its arrival. */
    static final double TRIP_WINDOW_AFTER_S = 300;

    private record Drive(
            double travel_s,
            double othersDelay_s,
            int preemptions,
            TimeLossMeter meter,
            Congestion congestion,
            double entryWait_s,
            double end_s) {}

    /**
     * One run with the ambulance, kept going after {@code settings.steps()} until it has arrived, and
     * until {@code runUntil_s} and 300 s past its arrival (for the loss window).
     */
    private static Drive drive(
            RoadNetwork network,
            Demand demand,
            int vehicle,
            int[] route,
            AmbulanceTrip trip,
            SignalControllerFactory controllers,
            SignalProtocol protocol,
            SimulationConfig config,
            Settings settings,
            boolean preempt,
            double runUntil_s) {
        SignalRunner signals = new SignalRunner(network, controllers, protocol);
        Simulation sim = new Simulation(network, demand, signals, config);
        AmbulanceTracker ambulance =
                new AmbulanceTracker(network, vehicle, route, trip.departure_s(), AMBULANCE.maxSpeed_mps());
        sim.addObserver(ambulance);
        TimeLossMeter meter =
                new TimeLossMeter(network, vehicle, trip.departure_s(), trip.departure_s(), AMBULANCE.maxSpeed_mps());
        sim.addObserver(meter);
        if (preempt) {
            EmergencyPreemption preemption = new EmergencyPreemption(
                    network, ambulance, protocol.clearancePhase(), settings.lead_s(), settings.queueHeadway_s());
            sim.addObserver(preemption);
            signals.setPriorityRequests(preemption);
        }
        sim.run(settings.steps());
        SimulationSummary summary = sim.summary();
        double ambulanceLoss = ambulance.timeLoss_s();
        boolean ambulanceDeparted = trip.departure_s() < sim.time_s();
        double othersTotal = summary.averageDelay_s() * summary.vehicles() - (ambulanceDeparted ? ambulanceLoss : 0);
        int others = summary.vehicles() - (ambulanceDeparted ? 1 : 0);
        for (int extra = 0; extra < settings.steps(); extra++) {
            boolean done = ambulance.hasArrived()
                    && sim.time_s() >= runUntil_s
                    && sim.time_s() >= trip.departure_s() + ambulance.travelTime_s() + TRIP_WINDOW_AFTER_S;
            if (done) {
                break;
            }
            sim.step();
        }
        return new Drive(
                ambulance.travelTime_s(),
                others == 0 ? 0 : othersTotal / others,
                signals.preemptions(),
                meter,
                Congestion.of(summary),
                ambulance.entryWait_s(),
                sim.time_s());
    }

    /** The demand with one more flow, last: the ambulance alone, departing at {@code departure_s}. */
    static Demand withAmbulance(Demand demand, int[] route, double departure_s) {
        List<Flow> flows = new ArrayList<>(demand.flows());
        flows.add(new Flow(AMBULANCE, route, 1.0, departure_s, departure_s));
        return new Demand(flows);
    }

    /**
     * The ambulance's vehicle id once it is the last flow: vehicles are numbered in departure order,
     * ties in flow order, so it comes after every other vehicle departing at or before it.
     */
    static int ambulanceVehicleId(Demand others, double departure_s) {
        int before = 0;
        for (Flow f : others.flows()) {
            for (int k = 0; k < f.vehicleCount(); k++) {
                if (Double.compare(f.startTime_s() + k * f.interval_s(), departure_s) <= 0) {
                    before++;
                }
            }
        }
        return before;
    }

    /** A seeded trip from a boundary road in to a boundary road out whose free-flow route crosses enough signals. */
    static AmbulanceTrip drawTrip(RoadNetwork network, Settings settings, SplittableRandom random) {
        List<Integer> origins = new ArrayList<>();
        List<Integer> destinations = new ArrayList<>();
        for (int r = 0; r < network.roadCount(); r++) {
            if (network.isVirtual(network.roadFrom(r))) {
                origins.add(r);
            }
            if (network.isVirtual(network.roadTo(r))) {
                destinations.add(r);
            }
        }
        if (origins.isEmpty() || destinations.isEmpty()) {
            throw new IllegalArgumentException("the network has no boundary roads to start or end a trip on");
        }
        RoadRouter router = new RoadRouter(network);
        double[] freeFlow = RoadRouter.freeFlowTimes_s(network);
        int bestSignals = -1;
        int[] best = null;
        for (int attempt = 0; attempt < 500 && bestSignals < settings.minSignals(); attempt++) {
            int o = origins.get(random.nextInt(origins.size()));
            int d = destinations.get(random.nextInt(destinations.size()));
            int[] route = router.fastestRoute(o, d, freeFlow).orElse(null);
            if (route == null) {
                continue;
            }
            int signals = 0;
            for (int k = 0; k + 1 < route.length; k++) {
                signals += network.isSignalised(network.roadTo(route[k])) ? 1 : 0;
            }
            if (signals > bestSignals) {
                bestSignals = signals;
                best = new int[] {o, d};
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no boundary road reaches another one");
        }
        double span = settings.latestDeparture_s() - settings.earliestDeparture_s();
        double departure = settings.earliestDeparture_s() + Math.floor(random.nextDouble() * (span + 1));
        return new AmbulanceTrip(best[0], best[1], Math.min(departure, settings.latestDeparture_s()));
    }
}
