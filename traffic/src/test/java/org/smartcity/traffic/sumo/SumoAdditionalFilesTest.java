package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.SignalPhase;
import org.smartcity.traffic.scenario.Scenario;

/**
 * What additional files bring (traffic light programs, bus stops, type distributions, vehicles), read
 * with the route files of a configuration, on the hand-written network of {@link SumoFixtures}.
 */
class SumoAdditionalFilesTest {
    @TempDir
    Path dir;

    /** Loads the fixture network with {@code additional} (one file each) and {@code routes} as one configuration. */
    private Scenario load(String routes, String... additional) throws InvalidInputException {
        return SumoScenarios.load(config(SumoFixtures.net(), routes, additional));
    }

    private SumoConfig config(String net, String routes, String... additional) throws InvalidInputException {
        SumoFixtures.write(dir, "x.net.xml", net);
        SumoFixtures.write(dir, "x.rou.xml", routes);
        StringBuilder names = new StringBuilder();
        for (int k = 0; k < additional.length; k++) {
            SumoFixtures.write(dir, "a" + k + ".add.xml", additional[k]);
            names.append(k == 0 ? "" : ",").append("a").append(k).append(".add.xml");
        }
        Path cfg = SumoFixtures.write(
                dir,
                "x.sumocfg",
                "<c><net-file value=\"x.net.xml\"/><route-files value=\"x.rou.xml\"/>"
                        + (additional.length == 0 ? "" : "<additional-files value=\"" + names + "\"/>")
                        + "<end value=\"600\"/></c>");
        return SumoConfig.read(cfg);
    }

    private static final String ONE_CAR =
            "<routes><vehicle id=\"v\" depart=\"0\"><route edges=\"in out\"/></vehicle></routes>";

    @Test
    void theLastProgramLoadedForALightRuns() throws InvalidInputException {
        String first = "<add><tlLogic id=\"C\" type=\"static\" programID=\"a\" offset=\"0\">"
                + "<phase duration=\"11\" state=\"Gr\"/><phase duration=\"12\" state=\"rG\"/></tlLogic></add>";
        String second = "<additional><tlLogic id=\"C\" type=\"static\" programID=\"b\" offset=\"0\">"
                + "<phase duration=\"40\" state=\"rG\" minDur=\"5\" maxDur=\"60\"/><phase duration=\"7\" state=\"Gr\"/>"
                + "</tlLogic></additional>";

        RoadNetwork network = load(ONE_CAR, first, second).network();

        int c = network.findIntersection("C").getAsInt();
        List<SignalPhase> phases = network.phasesOf(c);
        assertThat(phases).hasSize(3); // the clearance phase 0, then SUMO's two
        assertThat(phases.get(1).duration_s())
                .as("a static program runs minDur/maxDur fixed")
                .isEqualTo(40);
        assertThat(phases.get(1).actuation()).isNull();
        assertThat(phases.get(2).duration_s()).isEqualTo(7);
        int up = network.roadLinkBetween(
                network.findRoad("in").getAsInt(), network.findRoad("up").getAsInt());
        assertThat(phases.get(1).allows(up)).isTrue();
    }

    @Test
    void aProgramForAnUnknownLightIsAnErrorWithFileAndLine() {
        String add =
                "<add>\n<tlLogic id=\"nowhere\" programID=\"a\"><phase duration=\"5\" state=\"G\"/></tlLogic>\n</add>";

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load(ONE_CAR, add));

        assertThat(e.file().getFileName().toString()).isEqualTo("a0.add.xml");
        assertThat(e.jsonPath()).startsWith("line 2 <tlLogic");
        assertThat(e.reason()).contains("'nowhere'").contains("not in the network");
    }

    @Test
    void aProgramWhoseStatesDoNotFitTheLightIsRefusedAsSumoRefusesIt() {
        String add = "<add><tlLogic id=\"C\" programID=\"a\">\n<phase duration=\"5\" state=\"GrG\"/></tlLogic></add>";

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load(ONE_CAR, add));

        assertThat(e.jsonPath()).startsWith("line 2 <phase");
        assertThat(e.reason()).contains("3 signals").contains("controls 2 links");
    }

    @Test
    void detectorsWautsAndUnknownElementsAreNamedInWarnings() throws InvalidInputException {
        String add = "<additional>\n<e1Detector id=\"d1\" lane=\"in_1\" pos=\"10\" freq=\"60\" file=\"o.xml\"/>\n"
                + "<e1Detector id=\"d2\" lane=\"in_1\" pos=\"20\" freq=\"60\" file=\"o.xml\"/>\n"
                + "<WAUT id=\"w\" refTime=\"0\" startProg=\"a\"/>\n<poly id=\"p\" shape=\"0,0 1,1\"/>\n</additional>";

        List<String> warnings = load(ONE_CAR, add).warnings();

        assertThat(warnings)
                .anySatisfy(w -> assertThat(w)
                        .startsWith("a0.add.xml: line 2: <e1Detector>")
                        .endsWith("(2 times)"))
                .anySatisfy(w -> assertThat(w).startsWith("a0.add.xml: line 4: <WAUT>"))
                .anySatisfy(w -> assertThat(w).startsWith("a0.add.xml: line 5: <poly> is not modelled"));
    }

    @Test
    void typeDistributionsAreDrawnPerVehicleByProbabilityRepeatably() throws InvalidInputException {
        String types = "<routes><vTypeDistribution id=\"mix\">"
                + "<vType id=\"small\" length=\"4\" probability=\"3\"/><vType id=\"long\" length=\"10\" probability=\"1\"/>"
                + "</vTypeDistribution><vType id=\"t\" length=\"7\"/>"
                + "<vTypeDistribution id=\"byName\" vTypes=\"t small\" probabilities=\"0 1\"/></routes>";
        StringBuilder routes = new StringBuilder("<routes><route id=\"r\" edges=\"in out\"/>");
        for (int k = 0; k < 400; k++) {
            routes.append("<vehicle id=\"v")
                    .append(k)
                    .append("\" type=\"mix\" route=\"r\" depart=\"")
                    .append(k)
                    .append("\"/>");
        }
        routes.append("<flow id=\"f\" type=\"byName\" route=\"r\" begin=\"0\" end=\"10\" period=\"1\"/></routes>");

        List<Flow> flows = load(routes.toString(), types).demand().flows();
        List<Flow> again = load(routes.toString(), types).demand().flows();

        long small = flows.subList(0, 400).stream()
                .filter(f -> f.vehicleType().length_m() == 4)
                .count();
        long longOnes = flows.subList(0, 400).stream()
                .filter(f -> f.vehicleType().length_m() == 10)
                .count();
        assertThat(small + longOnes).isEqualTo(400);
        assertThat(small).as("about 3 in 4").isBetween(260L, 340L);
        assertThat(flows.subList(400, flows.size()))
                .as("a flow of a distribution: one vehicle each, every one drawn")
                .hasSize(10)
                .allSatisfy(f -> assertThat(f.vehicleType().length_m()).isEqualTo(4));
        for (int k = 0; k < flows.size(); k++) {
            assertThat(again.get(k).vehicleType()).isEqualTo(flows.get(k).vehicleType());
        }
    }

    @Test
    void departureAttributesTakeTheValuesSumoAllows() throws InvalidInputException {
        String ok = "<routes><vehicle id=\"v\" depart=\"begin\" departLane=\"best\" departPos=\"base\""
                + " departSpeed=\"max\" arrivalPos=\"-1\"><route edges=\"in out\"/></vehicle>"
                + "<vehicle id=\"w\" depart=\"3\" departLane=\"0\" departPos=\"12.5\" departSpeed=\"3\""
                + " arrivalPos=\"max\"><route edges=\"in out\"/></vehicle></routes>";
        String bad =
                "<routes>\n<vehicle id=\"v\" depart=\"0\" departLane=\"middle\"><route edges=\"in out\"/></vehicle>"
                        + "</routes>";

        assertThat(load(ok).demand().flows()).hasSize(2);
        assertThat(load(ok).warnings()).anySatisfy(w -> assertThat(w).contains("'departLane' is not modelled"));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load(bad));
        assertThat(e.jsonPath()).startsWith("line 2 <vehicle");
        assertThat(e.reason()).startsWith("departLane='middle' is not a value SUMO allows");
    }

    @Test
    void routeDistributionsAreRefusedInAdditionalFilesToo() {
        String add = "<additional>\n<routeDistribution id=\"d\"/>\n</additional>";

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load(ONE_CAR, add));

        assertThat(e.jsonPath()).startsWith("line 2 <routeDistribution");
        assertThat(e.reason()).startsWith("element <routeDistribution> is not supported");
    }

    @Test
    void personsAreIgnoredWithAWarning() throws InvalidInputException {
        String routes = "<routes>\n<person id=\"p\" depart=\"0\"><walk edges=\"in out\"/></person>\n"
                + "<vehicle id=\"v\" depart=\"0\"><route edges=\"in out\"/></vehicle></routes>";

        Scenario scenario = load(routes);

        assertThat(scenario.demand().flows()).hasSize(1);
        assertThat(scenario.warnings()).anySatisfy(w -> assertThat(w).startsWith("x.rou.xml: line 2: <person>"));
    }

    @Test
    void aBusOnlyStreetOnARouteIsKeptAndOtherwiseDropped() throws InvalidInputException {
        String busUp = SumoFixtures.net()
                .replace("<lane id=\"up_0\" index=\"0\" speed", "<lane id=\"up_0\" index=\"0\" allow=\"bus\" speed");
        String bus = "<routes><vType id=\"bus\" vClass=\"bus\"/>"
                + "<vehicle id=\"b\" type=\"bus\" depart=\"0\"><route edges=\"in up\"/></vehicle></routes>";

        Scenario withBus = SumoScenarios.load(config(busUp, bus));
        Scenario carsOnly = SumoScenarios.load(config(busUp, ONE_CAR));

        assertThat(withBus.network().findRoad("up")).isPresent();
        assertThat(withBus.warnings()).anySatisfy(w -> assertThat(w).contains("lanes closed to passenger cars"));
        assertThat(carsOnly.network().findRoad("up")).isEmpty();
    }
}
