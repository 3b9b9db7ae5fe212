package org.smartcity.traffic.cityflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.smartcity.traffic.cityflow.CityFlowRoadnetReaderErrorsTest.assertError;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * A bad flow file is refused with an {@link InvalidInputException} naming the file, the JSON path of
 * the offending element and the reason; nothing else escapes.
 */
class CityFlowFlowReaderErrorsTest {
    @TempDir
    Path dir;

    private final CityFlowFlowReader reader = new CityFlowFlowReader();
    private RoadNetwork network;

    @BeforeEach
    void readNetwork() throws InvalidInputException {
        network = new CityFlowRoadnetReader()
                .read(CityFlowFixtures.write(dir, "roadnet.json", CityFlowFixtures.roadnet()));
    }

    @Test
    void theUnbrokenFixtureLoads() throws InvalidInputException {
        Demand demand = reader.read(CityFlowFixtures.write(dir, "flow.json", CityFlowFixtures.flow()), network);

        assertThat(demand.flows()).hasSize(1);
        assertThat(demand.vehicleCount()).isEqualTo(6);
        assertThat(demand.flows().get(0).route())
                .containsExactly(
                        network.findRoad("in").orElseThrow(),
                        network.findRoad("out").orElseThrow());
    }

    @Test
    void malformedJson() {
        Path file = CityFlowFixtures.writeText(dir, "flow.json", "[{\"route\": [\"in\" \"out\"]}]");

        assertError(readFails(file), file, "$", "malformed JSON");
    }

    @Test
    void rootThatIsNotAnArray() {
        Path file = CityFlowFixtures.writeText(dir, "flow.json", "{}");

        assertError(readFails(file), file, "$", "must be a JSON array");
    }

    @Test
    void missingVehicle() {
        assertBroken(flows -> flow(flows, 0).remove("vehicle"), "$[0].vehicle", "required field is missing");
    }

    @Test
    void missingRoute() {
        assertBroken(flows -> flow(flows, 0).remove("route"), "$[0].route", "required field is missing");
    }

    @Test
    void emptyRoute() {
        assertBroken(flows -> flow(flows, 0).putArray("route"), "$[0].route", "at least one road");
    }

    @Test
    void unknownRoadInARoute() {
        assertBroken(
                flows -> flow(flows, 0).putArray("route").add("in").add("road_9_9_0"),
                "$[0].route[1]",
                "unknown road 'road_9_9_0'");
    }

    @Test
    void unknownRoadInTheSecondFlow() {
        assertBroken(
                flows -> {
                    ObjectNode second = flow(flows, 0).deepCopy();
                    second.putArray("route").add("nope");
                    flows.add(second);
                },
                "$[1].route[0]",
                "unknown road 'nope'");
    }

    @Test
    void routeRoadsNotConnected() {
        InvalidInputException e = assertBroken(
                flows -> flow(flows, 0).putArray("route").add("out").add("in"),
                "$[0].route[1]",
                "route roads not connected");
        assertThat(e.reason()).contains("'out'").contains("'in'");
    }

    @Test
    void routeRoadThatIsNotAString() {
        assertBroken(flows -> flow(flows, 0).putArray("route").add("in").add(3), "$[0].route[1]", "road id string");
    }

    @Test
    void negativeDeceleration() {
        assertBroken(
                flows -> vehicle(flows, 0).put("maxNegAcc", -4.5),
                "$[0].vehicle.maxNegAcc",
                "maxNegAcc must be positive");
    }

    @Test
    void negativeMinGap() {
        assertBroken(flows -> vehicle(flows, 0).put("minGap", -1), "$[0].vehicle.minGap", "minGap must be >= 0");
    }

    @Test
    void zeroInterval() {
        assertBroken(flows -> flow(flows, 0).put("interval", 0), "$[0].interval", "interval must be positive");
    }

    @Test
    void endTimeBeforeStartTime() {
        assertBroken(
                flows -> flow(flows, 0).put("startTime", 100).put("endTime", 50),
                "$[0].endTime",
                "is before startTime");
    }

    @Test
    void negativeStartTime() {
        assertBroken(flows -> flow(flows, 0).put("startTime", -1), "$[0].startTime", "startTime must be >= 0");
    }

    @Test
    void vehicleNumberTooLargeForADouble() {
        ArrayNode flows = CityFlowFixtures.flow();
        String text = flows.toString().replace("\"maxSpeed\":11.111", "\"maxSpeed\":1e400");
        Path file = CityFlowFixtures.writeText(dir, "flow.json", text);

        assertError(readFails(file), file, "$[0].vehicle.maxSpeed", "maxSpeed");
    }

    @Test
    void trailingContentAfterTheJsonValue() {
        Path file = CityFlowFixtures.writeText(dir, "flow.json", CityFlowFixtures.flow() + " ]");

        assertError(readFails(file), file, "$", "malformed JSON");
    }

    @Test
    void flowWithMoreVehiclesThanCanBeCounted() {
        ArrayNode flows = CityFlowFixtures.flow();
        flow(flows, 0).put("interval", 0.001).put("endTime", 1e12);
        Path file = CityFlowFixtures.write(dir, "flow.json", flows);

        InvalidInputException e = readFails(file);

        assertThat(e.file()).isEqualTo(file);
        assertThat(e.jsonPath()).startsWith("$[0]");
    }

    // ---- helpers

    private InvalidInputException readFails(Path file) {
        Throwable t = catchThrowable(() -> reader.read(file, network));
        assertThat(t).as("reading %s must fail", file).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) t;
    }

    private InvalidInputException assertBroken(Consumer<ArrayNode> breakIt, String jsonPath, String reason) {
        ArrayNode flows = CityFlowFixtures.flow();
        breakIt.accept(flows);
        Path file = CityFlowFixtures.write(dir, "flow.json", flows);
        InvalidInputException e = readFails(file);
        assertError(e, file, jsonPath, reason);
        return e;
    }

    private static ObjectNode flow(ArrayNode flows, int f) {
        return (ObjectNode) flows.get(f);
    }

    private static ObjectNode vehicle(ArrayNode flows, int f) {
        return (ObjectNode) flow(flows, f).get("vehicle");
    }
}
