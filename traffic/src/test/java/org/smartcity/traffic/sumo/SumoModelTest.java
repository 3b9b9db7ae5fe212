package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.network.LinkControl;
import org.smartcity.traffic.network.NetworkSource;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;
import org.smartcity.traffic.sim.SimulationModel;

/**
 * The SUMO model on hand-written SUMO files: right of way from the junction's request matrix, minor
 * links and stop signs, internal-lane speed limits, drivers who dawdle, plan offsets, seeds.
 */
class SumoModelTest {
    @TempDir
    Path dir;

    /**
     * Priority junction C: the main road W → C → E goes straight (link 0, state M); the side road from
     * S turns right onto E (link 1) and must yield to link 0 (request row 1 = "01").
     */
    private static String priorityNet(String sideState) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <net version="1.9">
                    <edge id=":C_0" function="internal">
                        <lane id=":C_0_0" index="0" speed="13.89" length="10.00" shape="195.00,-1.60 205.00,-1.60"/>
                    </edge>
                    <edge id=":C_1" function="internal">
                        <lane id=":C_1_0" index="0" speed="6.50" length="7.00" shape="201.60,-6.60 205.00,-1.60"/>
                    </edge>
                    <edge id="main" from="W" to="C" priority="2">
                        <lane id="main_0" index="0" speed="13.89" length="195.00" shape="0.00,-1.60 195.00,-1.60"/>
                    </edge>
                    <edge id="side" from="S" to="C" priority="1">
                        <lane id="side_0" index="0" speed="13.89" length="193.40" shape="201.60,-200.00 201.60,-6.60"/>
                    </edge>
                    <edge id="east" from="C" to="E" priority="2">
                        <lane id="east_0" index="0" speed="13.89" length="195.00" shape="205.00,-1.60 400.00,-1.60"/>
                    </edge>
                    <junction id="W" type="dead_end" x="0.00" y="0.00"/>
                    <junction id="S" type="dead_end" x="200.00" y="-200.00"/>
                    <junction id="E" type="dead_end" x="400.00" y="0.00"/>
                    <junction id="C" type="priority" x="200.00" y="0.00" incLanes="main_0 side_0" intLanes=":C_0_0 :C_1_0">
                        <request index="0" response="00" foes="10" cont="0"/>
                        <request index="1" response="01" foes="01" cont="0"/>
                    </junction>
                    <connection from="main" to="east" fromLane="0" toLane="0" via=":C_0_0" dir="s" state="M"/>
                    <connection from="side" to="east" fromLane="0" toLane="0" via=":C_1_0" dir="r" state="SIDE"/>
                    <connection from=":C_0" to="east" fromLane="0" toLane="0" dir="s" state="M"/>
                    <connection from=":C_1" to="east" fromLane="0" toLane="0" dir="r" state="M"/>
                </net>
                """.replace("SIDE", sideState);
    }

    private Scenario load(String net, String routes) throws InvalidInputException {
        Path n = SumoFixtures.write(dir, "p.net.xml", net);
        Path r = SumoFixtures.write(dir, "p.rou.xml", routes);
        return SumoScenarios.load(n, r, 0);
    }

    private static Simulation start(Scenario scenario, SimulationConfig config) {
        return scenario.newSimulation(SignalControllers.builtIn().get("plan").factory(), SignalProtocol.NATIVE, config);
    }

    @Test
    void theReaderKeepsRightOfWayControlsLinkSpeedsAndSource() throws InvalidInputException {
        RoadNetwork network = load(priorityNet("m"), "<routes/>").network();
        assertThat(network.source()).isEqualTo(NetworkSource.SUMO);
        int main = laneLinkFrom(network, "main");
        int side = laneLinkFrom(network, "side");
        assertThat(network.laneLinkYieldsTo(side)).containsExactly(main);
        assertThat(network.laneLinkYieldsTo(main)).isEmpty();
        assertThat(network.laneLinkControl(side)).isEqualTo(LinkControl.MINOR);
        assertThat(network.laneLinkControl(main)).isEqualTo(LinkControl.MAJOR);
        assertThat(network.laneLinkMaxSpeed_mps(side)).isEqualTo(6.5);
        assertThat(load(priorityNet("s"), "<routes/>").network().laneLinkControl(side))
                .isEqualTo(LinkControl.STOP);
    }

    @Test
    void theMinorLinkWaitsForTheMajorVehicle() throws InvalidInputException {
        String routes = """
                <routes>
                    <vType id="car" sigma="0" speedDev="0"/>
                    <vehicle id="major" type="car" depart="0"><route edges="main east"/></vehicle>
                    <vehicle id="minor" type="car" depart="0"><route edges="side east"/></vehicle>
                </routes>
                """;
        Simulation sim = start(load(priorityNet("m"), routes), SimulationConfig.DEFAULT);
        Map<Integer, Integer> stepOnEast = stepsOnRoad(sim, "east", 120);
        // the minor vehicle is the nearer one (193.4 m against 195 m), yet it goes second
        assertThat(stepOnEast).containsKeys(0, 1);
        assertThat(stepOnEast.get(0)).isLessThan(stepOnEast.get(1));
    }

    @Test
    void aStopSignMakesTheVehicleHaltWhileAMinorLinkOnlySlowsIt() throws InvalidInputException {
        String routes = """
                <routes>
                    <vType id="car" sigma="0" speedDev="0"/>
                    <vehicle id="alone" type="car" depart="0"><route edges="side east"/></vehicle>
                </routes>
                """;
        double stopSign = slowestNearTheLine(start(load(priorityNet("s"), routes), SimulationConfig.DEFAULT));
        double minor = slowestNearTheLine(start(load(priorityNet("m"), routes), SimulationConfig.DEFAULT));
        assertThat(stopSign).isLessThanOrEqualTo(0.1);
        assertThat(minor).isGreaterThan(3.0).isLessThan(9.0);
    }

    @Test
    void driversDawdleAndTheSeedDecidesHow() throws InvalidInputException {
        String flow =
                "<flow id=\"f\" type=\"car\" begin=\"0\" end=\"300\" period=\"6\"><route edges=\"main east\"/></flow>";
        Scenario dawdling = load(priorityNet("m"), "<routes><vType id=\"car\" speedDev=\"0.1\"/>" + flow + "</routes>");
        double seed1 = meanTravel(start(dawdling, SimulationConfig.DEFAULT.withSeed(1)));
        double seed1Again = meanTravel(start(dawdling, SimulationConfig.DEFAULT.withSeed(1)));
        double seed2 = meanTravel(start(dawdling, SimulationConfig.DEFAULT.withSeed(2)));
        assertThat(seed1Again).isEqualTo(seed1);
        assertThat(seed2).isNotEqualTo(seed1);

        Scenario perfect =
                load(priorityNet("m"), "<routes><vType id=\"car\" sigma=\"0\" speedDev=\"0\"/>" + flow + "</routes>");
        double ideal = meanTravel(start(perfect, SimulationConfig.DEFAULT.withSeed(1)));
        assertThat(seed1).isGreaterThan(ideal + 1);

        // the CityFlow model on the same files: perfect drivers, so the seed changes nothing
        SimulationConfig cityflow = SimulationConfig.DEFAULT.withModel(SimulationModel.CITYFLOW);
        Simulation c1 = start(dawdling, cityflow.withSeed(1));
        assertThat(c1.model()).isEqualTo(SimulationModel.CITYFLOW);
        assertThat(meanTravel(c1)).isEqualTo(meanTravel(start(dawdling, cityflow.withSeed(2))));
        assertThat(start(dawdling, SimulationConfig.DEFAULT).model()).isEqualTo(SimulationModel.SUMO);
    }

    @Test
    void thePlanJoinsTheCycleWhereSumoHasItAtTheBegin() throws InvalidInputException {
        Path n = SumoFixtures.write(dir, "x.net.xml", SumoFixtures.net().replace("offset=\"0\"", "offset=\"5\""));
        Path r = SumoFixtures.write(dir, "x.rou.xml", "<routes/>");
        // cycle 30 + 3 + 20 = 53 s; at SUMO time 100 the plan is (100 - 5) mod 53 = 42 s in: SUMO phase 2
        Simulation sim = start(SumoScenarios.load(n, r, 100), SimulationConfig.DEFAULT);
        int c = sim.network().findIntersection("C").orElseThrow();
        sim.step();
        assertThat(sim.signals().shownPhase(c)).isEqualTo(3);
        sim.run(10); // the steps at times 1..10 are still in it: phase 2 ends 11 s after the begin
        assertThat(sim.signals().shownPhase(c)).isEqualTo(3);
        sim.step();
        assertThat(sim.signals().shownPhase(c)).isEqualTo(1);
    }

    @Test
    void driverParametersAreReadAndCheckedWithTheirLine() throws InvalidInputException {
        String net = priorityNet("m");
        Scenario ok = load(
                net,
                "<routes><vType id=\"car\" sigma=\"0.2\" speedFactor=\"normc(1.1,0.05,0.2,2)\"/>"
                        + "<vehicle id=\"a\" type=\"car\" depart=\"0\"><route edges=\"main east\"/></vehicle></routes>");
        var type = ok.demand().flows().get(0).vehicleType();
        assertThat(type.sigma()).isEqualTo(0.2);
        assertThat(type.speedFactor()).isEqualTo(1.1);
        assertThat(type.speedDev()).isEqualTo(0.05);

        InvalidInputException e = catchThrowableOfType(
                () -> load(net, "<routes>\n<vType id=\"car\" sigma=\"1.5\"/>\n</routes>"), InvalidInputException.class);
        assertThat(e.getMessage()).contains("p.rou.xml").contains("line 2").contains("sigma");
    }

    @Test
    void whatIsNotModelledIsNamedInAWarningWithItsLine() throws InvalidInputException {
        String routes = "<routes>\n<vType id=\"car\" color=\"red\" lcStrategic=\"2\"/>\n"
                + "<vehicle id=\"a\" type=\"car\" depart=\"0\" departLane=\"best\"><route edges=\"main east\"/></vehicle>\n"
                + "<vehicle id=\"b\" type=\"car\" depart=\"1\" departLane=\"best\"><route edges=\"main east\"/></vehicle>\n"
                + "</routes>";
        Scenario scenario = load(priorityNet("m"), routes);
        assertThat(scenario.warnings())
                .containsExactly(
                        "p.rou.xml: line 2: <vType> attribute 'lcStrategic' is not modelled; SUMO's default is used",
                        "p.rou.xml: line 3: <vehicle> attribute 'departLane' is not modelled; vehicles enter at rest"
                                + " at the start of the rightmost lane (a lane that leads on in the CityFlow model)"
                                + " and leave at the end of their last road (2 times)");
        assertThat(load(priorityNet("m"), "<routes/>").warnings()).isEmpty();
    }

    /** Two-lane road W → C: its right lane (SUMO 0) goes on east, its left lane (SUMO 1) turns north. */
    private static String twoLaneNet() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <net version="1.9">
                    <edge id=":C_0" function="internal">
                        <lane id=":C_0_0" index="0" speed="13.89" length="10.00" shape="195.00,-4.80 205.00,-4.80"/>
                    </edge>
                    <edge id=":C_1" function="internal">
                        <lane id=":C_1_0" index="0" speed="8.00" length="8.00" shape="195.00,-1.60 201.60,5.00"/>
                    </edge>
                    <edge id="main" from="W" to="C" priority="2">
                        <lane id="main_0" index="0" speed="13.89" length="195.00" shape="0.00,-4.80 195.00,-4.80"/>
                        <lane id="main_1" index="1" speed="13.89" length="195.00" shape="0.00,-1.60 195.00,-1.60"/>
                    </edge>
                    <edge id="east" from="C" to="E" priority="2">
                        <lane id="east_0" index="0" speed="13.89" length="195.00" shape="205.00,-4.80 400.00,-4.80"/>
                    </edge>
                    <edge id="north" from="C" to="N" priority="1">
                        <lane id="north_0" index="0" speed="13.89" length="195.00" shape="201.60,5.00 201.60,200.00"/>
                    </edge>
                    <junction id="W" type="dead_end" x="0.00" y="0.00"/>
                    <junction id="E" type="dead_end" x="400.00" y="0.00"/>
                    <junction id="N" type="dead_end" x="200.00" y="200.00"/>
                    <junction id="C" type="priority" x="200.00" y="0.00" incLanes="main_0 main_1" intLanes=":C_0_0 :C_1_0">
                        <request index="0" response="00" foes="00" cont="0"/>
                        <request index="1" response="00" foes="00" cont="0"/>
                    </junction>
                    <connection from="main" to="east" fromLane="0" toLane="0" via=":C_0_0" dir="s" state="M"/>
                    <connection from="main" to="north" fromLane="1" toLane="0" via=":C_1_0" dir="l" state="M"/>
                    <connection from=":C_0" to="east" fromLane="0" toLane="0" dir="s" state="M"/>
                    <connection from=":C_1" to="north" fromLane="0" toLane="0" dir="l" state="M"/>
                </net>
                """;
    }

    @Test
    void vehiclesEnterOnTheRightLaneAndChangeToTheLaneOfTheirTurn() throws InvalidInputException {
        String routes = """
                <routes>
                    <vType id="car" sigma="0" speedDev="0"/>
                    <flow id="left" type="car" begin="0" end="60" period="4"><route edges="main north"/></flow>
                    <flow id="ahead" type="car" begin="2" end="60" period="4"><route edges="main east"/></flow>
                </routes>
                """;
        Simulation sim = start(load(twoLaneNet(), routes), SimulationConfig.DEFAULT);
        RoadNetwork network = sim.network();
        int main = network.findRoad("main").orElseThrow();
        int rightLane = network.firstLane(main) + network.laneCount(main) - 1;
        int leftLane = network.firstLane(main);
        Map<Integer, Integer> lastLaneOnMain = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            sim.step();
            sim.forEachRunningVehicle((v, drivable, onLink, pos, speed) -> {
                if (!onLink && network.laneRoad(drivable) == main) {
                    lastLaneOnMain.put(v, drivable);
                }
            });
        }
        assertThat(sim.finishedCount()).isEqualTo(sim.summary().vehicles());
        // ids follow departure order: flow 'left' has the even ids, 'ahead' the odd ones; each ends its
        // way on main on the lane of its turn, the left-turners after changing from the right lane
        assertThat(lastLaneOnMain).hasSize(30);
        lastLaneOnMain.forEach((v, lane) -> assertThat(lane).isEqualTo(v % 2 == 0 ? leftLane : rightLane));
        int[] cityflowFirst = new int[1];
        Simulation cityflow =
                start(load(twoLaneNet(), routes), SimulationConfig.DEFAULT.withModel(SimulationModel.CITYFLOW));
        cityflow.run(200);
        cityflowFirst[0] = cityflow.finishedCount();
        assertThat(cityflowFirst[0]).isEqualTo(cityflow.summary().vehicles());
    }

    @Test
    void aVehicleStuckFor300SecondsJumpsAheadAlongItsRouteAsInSumo() throws InvalidInputException {
        String routes = """
                <routes>
                    <vType id="car" sigma="0" speedDev="0"/>
                    <vehicle id="stuck" type="car" depart="0"><route edges="main east"/></vehicle>
                </routes>
                """;
        Simulation sumo = start(load(priorityNet("m"), routes), SimulationConfig.DEFAULT);
        int main = sumo.network().findRoad("main").orElseThrow();
        sumo.blockLane(new org.smartcity.traffic.sim.LaneBlock(sumo.network().firstLane(main), 100, 0, 10_000));
        sumo.run(280);
        assertThat(sumo.finishedCount()).as("still stuck after 280 s").isZero();
        sumo.run(100);
        assertThat(sumo.teleportCount()).isEqualTo(1);
        sumo.run(60);
        assertThat(sumo.finishedCount()).as("arrived after the jump").isEqualTo(1);

        Simulation cityflow =
                start(load(priorityNet("m"), routes), SimulationConfig.DEFAULT.withModel(SimulationModel.CITYFLOW));
        cityflow.blockLane(
                new org.smartcity.traffic.sim.LaneBlock(sumo.network().firstLane(main), 100, 0, 10_000));
        cityflow.run(500);
        assertThat(cityflow.teleportCount()).isZero();
        assertThat(cityflow.finishedCount()).isZero();
    }

    @Test
    void dawdlingDriversStopForTheRedAsSumoBrakesStepByStep() throws InvalidInputException {
        // SUMO decides whether a vehicle can still stop for a red or yellow light with its stepwise
        // braking (decel · dt per step) and then stops with its safe stop speed under the Euler update;
        // a plan made for continuous braking overshoots by up to a step's travel and used to run the red
        Path n = SumoFixtures.write(dir, "r.net.xml", SumoFixtures.net());
        Path r = SumoFixtures.write(
                dir,
                "r.rou.xml",
                "<routes><vType id=\"car\" sigma=\"0.5\" speedDev=\"0.1\"/>"
                        + "<flow id=\"f\" type=\"car\" begin=\"0\" end=\"1200\" period=\"9\">"
                        + "<route edges=\"in out\"/></flow></routes>");
        Scenario scenario = SumoScenarios.load(n, r, 0);
        for (long seed = 1; seed <= 4; seed++) {
            Simulation sim = start(scenario, SimulationConfig.DEFAULT.withSeed(seed));
            int c = sim.network().findIntersection("C").orElseThrow();
            Map<Integer, Boolean> onLinkBefore = new HashMap<>();
            int[] redRuns = {0};
            int[] entries = {0};
            for (int i = 0; i < 1300; i++) {
                sim.step();
                boolean red = sim.signals().shownPhase(c) == 3; // SUMO phase 2: link 0 red
                sim.forEachRunningVehicle((v, drivable, onLink, pos, speed) -> {
                    Boolean before = onLinkBefore.put(v, onLink);
                    if (onLink && before != null && !before) {
                        entries[0]++;
                        if (red) {
                            redRuns[0]++;
                        }
                    }
                });
            }
            assertThat(entries[0]).as("vehicles that crossed the line").isGreaterThan(100);
            assertThat(redRuns[0])
                    .as("vehicles that crossed on red, seed " + seed)
                    .isZero();
        }
    }

    @Test
    void aDriverStopsForARedLightBeyondAShortRoadAfterTheJunctionAhead() throws InvalidInputException {
        // SUMO plans a vehicle's speed over every link within its look-ahead, not only the next one: a
        // vehicle crossing junction P at speed onto the 8 m road "mid" sees C's red before P and stops
        // at C's line; seeing it only once on "mid" it could no longer stop there and ran the red
        String net = """
                <net version="1.9">
                    <edge id=":P_0" function="internal">
                        <lane id=":P_0_0" index="0" speed="13.89" length="4.00" shape="195.00,-1.60 199.00,-1.60"/>
                    </edge>
                    <edge id=":C_0" function="internal">
                        <lane id=":C_0_0" index="0" speed="13.89" length="10.00" shape="207.00,-1.60 217.00,-1.60"/>
                    </edge>
                    <edge id="in" from="W" to="P" priority="1">
                        <lane id="in_0" index="0" speed="13.89" length="195.00" shape="0.00,-1.60 195.00,-1.60"/>
                    </edge>
                    <edge id="mid" from="P" to="C" priority="1">
                        <lane id="mid_0" index="0" speed="13.89" length="8.00" shape="199.00,-1.60 207.00,-1.60"/>
                    </edge>
                    <edge id="out" from="C" to="E" priority="1">
                        <lane id="out_0" index="0" speed="13.89" length="183.00" shape="217.00,-1.60 400.00,-1.60"/>
                    </edge>
                    <tlLogic id="C" type="static" programID="0" offset="0">
                        <phase duration="20" state="G"/>
                        <phase duration="3"  state="y"/>
                        <phase duration="30" state="r"/>
                    </tlLogic>
                    <junction id="W" type="dead_end" x="0.00" y="0.00"/>
                    <junction id="P" type="priority" x="197.00" y="0.00"/>
                    <junction id="C" type="traffic_light" x="212.00" y="0.00"/>
                    <junction id="E" type="dead_end" x="400.00" y="0.00"/>
                    <connection from="in" to="mid" fromLane="0" toLane="0" via=":P_0_0" dir="s" state="M"/>
                    <connection from="mid" to="out" fromLane="0" toLane="0" via=":C_0_0" tl="C" linkIndex="0" dir="s" state="O"/>
                    <connection from=":P_0" to="mid" fromLane="0" toLane="0" dir="s" state="M"/>
                    <connection from=":C_0" to="out" fromLane="0" toLane="0" dir="s" state="M"/>
                </net>
                """;
        Path n = SumoFixtures.write(dir, "short.net.xml", net);
        Path r = SumoFixtures.write(
                dir,
                "short.rou.xml",
                "<routes><vType id=\"car\" sigma=\"0\" speedDev=\"0\"/>"
                        + "<flow id=\"f\" type=\"car\" begin=\"0\" end=\"600\" period=\"7\">"
                        + "<route edges=\"in mid out\"/></flow></routes>");
        Simulation sim = start(SumoScenarios.load(n, r, 0), SimulationConfig.DEFAULT);
        var network = sim.network();
        int c = network.findIntersection("C").orElseThrow();
        Map<Integer, Boolean> beforeLine = new HashMap<>();
        int[] redRuns = {0};
        int[] crossings = {0};
        for (int i = 0; i < 700; i++) {
            sim.step();
            boolean red = sim.signals().shownPhase(c) == 3; // SUMO phase 2: red
            sim.forEachRunningVehicle((v, drivable, onLink, pos, speed) -> {
                int lane = onLink ? network.laneLinkFromLane(drivable) : drivable;
                boolean atC = onLink && network.roadId(network.laneRoad(lane)).equals("mid");
                boolean past = atC || network.roadId(network.laneRoad(lane)).equals("out");
                Boolean wasBefore = beforeLine.put(v, !past);
                if (past && wasBefore != null && wasBefore) {
                    crossings[0]++;
                    if (red) {
                        redRuns[0]++;
                    }
                }
            });
        }
        assertThat(crossings[0]).as("vehicles that crossed C's line").isGreaterThan(40);
        assertThat(redRuns[0]).as("vehicles that crossed C's line on red").isZero();
    }

    @Test
    void aVehicleThatMustYieldWaitsAtTheLineUnlessItsLinkHasAnInternalWaitingPosition() throws InvalidInputException {
        String routes = """
                <routes>
                    <vType id="car" sigma="0" speedDev="0"/>
                    <vehicle id="major" type="car" depart="2"><route edges="main east"/></vehicle>
                    <vehicle id="minor" type="car" depart="0"><route edges="side east"/></vehicle>
                </routes>
                """;
        // request row 1 without and with cont="1" (netconvert's internal junction for the side link)
        String atLine = priorityNet("m");
        String inside = atLine.replace(
                "<request index=\"1\" response=\"01\" foes=\"01\" cont=\"0\"/>",
                "<request index=\"1\" response=\"01\" foes=\"01\" cont=\"1\"/>");
        RoadNetwork network = load(inside, "<routes/>").network();
        assertThat(network.laneLinkWaitsInside(laneLinkFrom(network, "side"))).isTrue();
        assertThat(network.laneLinkWaitsInside(laneLinkFrom(network, "main"))).isFalse();

        double[] lineWait = slowestPointOfTheMinorVehicle(start(load(atLine, routes), SimulationConfig.DEFAULT));
        assertThat(lineWait[0]).as("slowest on the link").isZero();
        assertThat(lineWait[1]).as("metres before the line").isBetween(0.0, 5.0);
        assertThat(lineWait[2]).as("speed there").isLessThan(3.0);
        double[] insideWait = slowestPointOfTheMinorVehicle(start(load(inside, routes), SimulationConfig.DEFAULT));
        assertThat(insideWait[3]).as("step it enters the link").isLessThan(lineWait[3]);
    }

    /**
     * {on the lane link ? 1 : 0, metres to its end, speed} where the minor vehicle (1) is slowest in
     * the last 30 m before the line or on the link, and the step at which it entered the link.
     */
    private static double[] slowestPointOfTheMinorVehicle(Simulation sim) {
        double[] slowest = {0, 0, Double.POSITIVE_INFINITY, -1};
        RoadNetwork net = sim.network();
        int east = net.findRoad("east").orElseThrow();
        boolean[] passed = {false};
        for (int i = 0; i < 120 && !passed[0]; i++) {
            sim.step();
            sim.forEachRunningVehicle((v, drivable, onLink, pos, speed) -> {
                if (v != 1) {
                    return;
                }
                if (!onLink && net.laneRoad(drivable) == east) {
                    passed[0] = true;
                    return;
                }
                if (onLink && slowest[3] < 0) {
                    slowest[3] = sim.stepCount();
                }
                double length = onLink ? net.laneLinkLength_m(drivable) : net.laneLength_m(drivable);
                if ((onLink || length - pos < 30) && speed < slowest[2]) {
                    slowest[0] = onLink ? 1 : 0;
                    slowest[1] = length - pos;
                    slowest[2] = speed;
                }
            });
        }
        return slowest;
    }

    private static int laneLinkFrom(RoadNetwork network, String road) {
        int r = network.findRoad(road).orElseThrow();
        return network.outgoingLaneLinksOf(network.firstLane(r))[0];
    }

    /** Vehicle id → the step at which it was first seen on {@code road}. */
    private static Map<Integer, Integer> stepsOnRoad(Simulation sim, String road, int steps) {
        int r = sim.network().findRoad(road).orElseThrow();
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < steps; i++) {
            sim.step();
            int step = sim.stepCount();
            sim.forEachRunningVehicle((v, drivable, onLink, pos, speed) -> {
                if (!onLink && sim.network().laneRoad(drivable) == r) {
                    first.putIfAbsent(v, step);
                }
            });
        }
        return first;
    }

    /** The lowest speed of vehicle 0 within 10 m before the end of its first road. */
    private static double slowestNearTheLine(Simulation sim) {
        double[] slowest = {Double.POSITIVE_INFINITY};
        for (int i = 0; i < 120; i++) {
            sim.step();
            sim.forEachRunningVehicle((v, drivable, onLink, pos, speed) -> {
                if (v == 0 && !onLink && sim.network().laneLength_m(drivable) - pos < 10) {
                    slowest[0] = Math.min(slowest[0], speed);
                }
            });
        }
        return slowest[0];
    }

    private static double meanTravel(Simulation sim) {
        sim.run(600);
        assertThat(sim.finishedCount()).isEqualTo(sim.summary().vehicles());
        return sim.averageFinishedTravelTime_s();
    }
}
