package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * Bad SUMO files are refused with one {@link InvalidInputException} naming the file, the line and
 * element, and the reason.
 */
class SumoReaderErrorsTest {
    @TempDir
    Path dir;

    private InvalidInputException netFails(String text) {
        Path file = SumoFixtures.write(dir, "bad.net.xml", text);
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> new SumoNetReader().read(file));
        assertThat(e).as("reading must fail").isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.getMessage()).startsWith(file.toString());
        return e;
    }

    private InvalidInputException routesFail(String text) throws InvalidInputException {
        RoadNetwork network = new SumoNetReader().read(SumoFixtures.write(dir, "ok.net.xml", SumoFixtures.net()));
        Path file = SumoFixtures.write(dir, "bad.rou.xml", text);
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> new SumoRouteReader().read(file, network, 0));
        assertThat(e).as("reading must fail").isNotNull();
        assertThat(e.file()).isEqualTo(file);
        return e;
    }

    @Test
    void malformedXmlNamesTheLine() {
        InvalidInputException e = netFails("<net>\n<edge id=\"a\">\n</net>\n");

        assertThat(e.jsonPath()).isEqualTo("line 3");
        assertThat(e.reason()).startsWith("malformed XML");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.net.xml");
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> new SumoNetReader().read(file));

        assertThat(e.reason()).isEqualTo("file not found");
    }

    @Test
    void wrongRootElement() {
        assertThat(netFails("<routes/>").reason()).contains("<net> root element");
    }

    @Test
    void missingLaneSpeed() {
        String text = SumoFixtures.net()
                .replace("<lane id=\"out_0\" index=\"0\" speed=\"13.89\"", "<lane id=\"out_0\" index=\"0\"");

        InvalidInputException e = netFails(text);

        assertThat(e.jsonPath()).startsWith("line ").contains("<lane id=\"out_0\">");
        assertThat(e.reason()).isEqualTo("missing attribute 'speed'");
    }

    @Test
    void edgeToAnUnknownJunction() {
        InvalidInputException e = netFails(SumoFixtures.net().replace("from=\"C\" to=\"E\"", "from=\"C\" to=\"X\""));

        assertThat(e.jsonPath()).contains("<edge id=\"out\">");
        assertThat(e.reason()).contains("unknown intersection 'X'");
    }

    @Test
    void linkIndexOutsideTheLightState() {
        InvalidInputException e = netFails(SumoFixtures.net().replace("linkIndex=\"1\"", "linkIndex=\"7\""));

        assertThat(e.jsonPath()).contains("<connection>");
        assertThat(e.reason()).contains("linkIndex 7 is outside the state");
    }

    @Test
    void badShape() {
        InvalidInputException e =
                netFails(SumoFixtures.net().replace("shape=\"205.00,-1.60 400.00,-1.60\"", "shape=\"205.00\""));

        assertThat(e.reason()).contains("shape point '205.00' is not 'x,y'");
    }

    @Test
    void unknownEdgeInARoute() throws InvalidInputException {
        InvalidInputException e = routesFail("<routes>\n  <route id=\"r\" edges=\"in nowhere\"/>\n</routes>\n");

        assertThat(e.jsonPath()).isEqualTo("line 2 <route id=\"r\">");
        assertThat(e.reason()).contains("unknown edge 'nowhere'");
    }

    @Test
    void routeEdgesThatAreNotConnected() throws InvalidInputException {
        InvalidInputException e =
                routesFail("<routes>\n<vehicle id=\"v\" depart=\"0\"><route edges=\"out up\"/></vehicle>\n</routes>");

        assertThat(e.reason()).isEqualTo("edges 'out' and 'up' are not connected");
    }

    @Test
    void vehicleWithoutDepart() throws InvalidInputException {
        InvalidInputException e = routesFail("<routes>\n<trip id=\"t\" from=\"in\" to=\"out\"/>\n</routes>");

        assertThat(e.jsonPath()).isEqualTo("line 2 <trip id=\"t\">");
        assertThat(e.reason()).isEqualTo("missing attribute 'depart'");
    }

    @Test
    void unknownVehicleType() throws InvalidInputException {
        InvalidInputException e =
                routesFail("<routes><trip id=\"t\" type=\"truck\" depart=\"0\" from=\"in\" to=\"out\"/></routes>");

        assertThat(e.reason()).isEqualTo("unknown vehicle type 'truck'");
    }

    @Test
    void tripWithoutAWay() throws InvalidInputException {
        InvalidInputException e = routesFail("<routes><trip id=\"t\" depart=\"0\" from=\"out\" to=\"in\"/></routes>");

        assertThat(e.reason()).isEqualTo("no route leads from edge 'out' to edge 'in'");
    }

    @Test
    void unsupportedElement() throws InvalidInputException {
        InvalidInputException e = routesFail("<routes><busStop id=\"p\" lane=\"in_1\"/></routes>");

        assertThat(e.reason()).startsWith("element <busStop> is not supported in a route file");
    }

    @Test
    void flowWithoutRate() throws InvalidInputException {
        InvalidInputException e = routesFail("<routes><flow id=\"f\" route=\"x\" begin=\"0\" end=\"9\"/></routes>");

        assertThat(e.reason()).isEqualTo("unknown route 'x'");
        InvalidInputException rate =
                routesFail("<routes><flow id=\"f\" from=\"in\" to=\"out\" begin=\"0\" end=\"9\"/></routes>");
        assertThat(rate.reason()).isEqualTo("a flow needs period, vehsPerHour, probability or number");
    }

    @Test
    void documentTypeDeclarationsAreRefused() {
        InvalidInputException e = netFails(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE net [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<net>&x;</net>");

        assertThat(e.reason()).isNotBlank().doesNotContain("root:");
        assertThat(e.jsonPath()).startsWith("line ");
    }
}
