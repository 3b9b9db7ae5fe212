package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.cityflow.InvalidInputException;

/** SUMO configuration files in every layout SUMO reads, and their errors. */
class SumoConfigurationsTest {
    @TempDir
    Path dir;

    private void files(String... names) {
        for (String name : names) {
            SumoFixtures.write(dir, name, "<routes/>");
        }
    }

    @Test
    void aFlatConfigurationWithSynonymsAndShortNamesListsEveryFileInOrder() throws InvalidInputException {
        files("x.net.xml", "a.rou.xml", "b.rou.xml", "t.add.xml", "s.add.xml");
        Path file = SumoFixtures.write(
                dir,
                "run.sumo.cfg",
                "<c>\n  <net value=\"x.net.xml\"/>\n  <r value=\"a.rou.xml, b.rou.xml\"/>\n"
                        + "  <additional value=\"t.add.xml,s.add.xml\"/>\n  <b value=\"10\"/>\n  <e value=\"1:00:00\"/>\n"
                        + "  <log value=\"x.log\"/>\n  <tripinfo-output>t.xml</tripinfo-output>\n</c>\n");

        SumoConfig cfg = SumoConfig.read(file);

        assertThat(cfg.net()).isEqualTo(dir.resolve("x.net.xml").toAbsolutePath());
        assertThat(cfg.routeFiles())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("a.rou.xml", "b.rou.xml");
        assertThat(cfg.additionalFiles())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("t.add.xml", "s.add.xml");
        assertThat(cfg.begin_s()).isEqualTo(10.0);
        assertThat(cfg.end_s()).isEqualTo(3600.0);
        assertThat(cfg.hasEnd()).isTrue();
        assertThat(cfg.warnings())
                .containsExactly(
                        "run.sumo.cfg: line 7: option 'log' is not used by smartcity; ignored",
                        "run.sumo.cfg: line 8: option 'tripinfo-output' is not used by smartcity; ignored");
    }

    @Test
    void sectionsWithLongNamesAndNoEndRunUntilEveryVehicleLeft() throws InvalidInputException {
        files("x.net.xml", "a.rou.xml");
        Path file = SumoFixtures.write(
                dir,
                "x.sumocfg",
                "<configuration>\n<input><net-file value=\"x.net.xml\"/><route-files value=\"a.rou.xml\"/></input>\n"
                        + "<processing><sloppy-insert value=\"true\"/></processing>\n</configuration>\n");

        SumoConfig cfg = SumoConfig.read(file);

        assertThat(cfg.hasEnd()).isFalse();
        assertThat(cfg.begin_s()).isZero();
        assertThat(cfg.additionalFiles()).isEmpty();
        assertThat(cfg.warnings()).singleElement().asString().contains("line 3").contains("'sloppy-insert'");
    }

    @Test
    void aMissingFileIsAnErrorNamingTheConfigurationItsLineAndTheFile() {
        files("x.net.xml", "a.rou.xml");
        Path file = SumoFixtures.write(
                dir,
                "run.sumo.cfg",
                "<c>\n  <net-file value=\"x.net.xml\"/>\n  <route-files value=\"a.rou.xml,busses.rou.xml\"/>\n</c>\n");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SumoConfig.read(file));

        assertThat(e.file()).isEqualTo(file);
        assertThat(e.jsonPath()).isEqualTo("line 3 <route-files>");
        assertThat(e.reason()).startsWith("route file 'busses.rou.xml' does not exist");
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void badTimesAndAMissingNetworkAreRefused() {
        files("x.net.xml", "a.rou.xml");
        Path badTime = SumoFixtures.write(
                dir,
                "t.sumocfg",
                "<c><net value=\"x.net.xml\"/><routes value=\"a.rou.xml\"/><end value=\"soon\"/></c>");
        Path noNet = SumoFixtures.write(dir, "n.sumocfg", "<c><routes value=\"a.rou.xml\"/></c>");

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> SumoConfig.read(badTime))
                        .reason())
                .contains("'soon' is not a time");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> SumoConfig.read(noNet))
                        .reason())
                .contains("needs a network");
    }
}
