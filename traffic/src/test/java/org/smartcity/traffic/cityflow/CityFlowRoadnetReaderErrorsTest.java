package org.smartcity.traffic.cityflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * A bad roadnet file is refused with an {@link InvalidInputException} naming the file, the JSON path of
 * the offending element and the reason; nothing else escapes.
 */
class CityFlowRoadnetReaderErrorsTest {
    @TempDir
    Path dir;

    private final CityFlowRoadnetReader reader = new CityFlowRoadnetReader();

    @Test
    void theUnbrokenFixtureLoads() throws InvalidInputException {
        RoadNetwork network = reader.read(CityFlowFixtures.write(dir, "roadnet.json", CityFlowFixtures.roadnet()));

        assertThat(network.intersectionCount()).isEqualTo(3);
        assertThat(network.roadCount()).isEqualTo(2);
        assertThat(network.laneCount()).isEqualTo(4);
        assertThat(network.laneLinkCount()).isEqualTo(2);
        int junction = network.findIntersection("junction").orElseThrow();
        assertThat(network.isSignalised(junction)).isTrue();
        assertThat(network.phasesOf(junction)).hasSize(2);
        // 300 m polyline less the junction's 10 m; the virtual end is not trimmed
        assertThat(network.laneLength_m(network.firstLane(network.findRoad("in").orElseThrow())))
                .isEqualTo(290.0);
    }

    @Test
    void malformedJson() {
        Path file = CityFlowFixtures.writeText(dir, "roadnet.json", "{\"intersections\": [ {\"id\": \"a\", ");

        InvalidInputException e = readFails(file);

        assertError(e, file, "$", "malformed JSON");
        assertThat(e.reason()).contains("line 1");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.json");

        assertError(readFails(file), file, "$", "file not found");
    }

    @Test
    void rootThatIsNotAnObject() {
        Path file = CityFlowFixtures.writeText(dir, "roadnet.json", "[]");

        assertError(readFails(file), file, "$", "must be a JSON object");
    }

    @Test
    void missingRoadsArray() {
        assertBroken(root -> root.remove("roads"), "$.roads", "required field is missing");
    }

    @Test
    void missingRoadPoints() {
        assertBroken(root -> road(root, 0).remove("points"), "$.roads[0].points", "required field is missing");
    }

    @Test
    void missingIntersectionId() {
        assertBroken(root -> intersection(root, 1).remove("id"), "$.intersections[1].id", "required field is missing");
    }

    @Test
    void missingLaneWidth() {
        assertBroken(
                root -> lane(root, 1, 0).remove("width"), "$.roads[1].lanes[0].width", "required field is missing");
    }

    @Test
    void fieldOfTheWrongType() {
        assertBroken(root -> lane(root, 0, 1).put("width", "wide"), "$.roads[0].lanes[1].width", "must be a number");
    }

    @Test
    void negativeLaneWidth() {
        InvalidInputException e = assertBroken(
                root -> lane(root, 0, 1).put("width", -3.5),
                "$.roads[0].lanes[1].width",
                "lane width must be positive");
        assertThat(e.reason()).contains("-3.5");
    }

    @Test
    void zeroLaneSpeedLimit() {
        assertBroken(
                root -> lane(root, 1, 1).put("maxSpeed", 0),
                "$.roads[1].lanes[1].maxSpeed",
                "speed limit must be positive");
    }

    @Test
    void roadShorterThanTheJunctionWidth() {
        InvalidInputException e = assertBroken(
                root -> {
                    ArrayNode points = road(root, 0).putArray("points");
                    points.add(CityFlowFixtures.point(292, 0));
                    points.add(CityFlowFixtures.point(300, 0));
                },
                "$.roads[0]",
                "no drivable length");
        assertThat(e.reason()).contains("'in'");
    }

    @Test
    void roadOfZeroLength() {
        assertBroken(
                root -> {
                    ArrayNode points = road(root, 1).putArray("points");
                    points.add(CityFlowFixtures.point(300, 0));
                    points.add(CityFlowFixtures.point(300, 0));
                },
                "$.roads[1]",
                "no drivable length");
    }

    @Test
    void roadWithASinglePoint() {
        assertBroken(root -> ((ArrayNode) road(root, 0).get("points")).remove(1), "$.roads[0]", "at least 2 points");
    }

    @Test
    void roadWithoutLanes() {
        assertBroken(root -> road(root, 0).putArray("lanes"), "$.roads[0].lanes", "at least one lane");
    }

    @Test
    void unknownStartIntersection() {
        assertBroken(
                root -> road(root, 0).put("startIntersection", "nowhere"),
                "$.roads[0].startIntersection",
                "unknown intersection 'nowhere'");
    }

    @Test
    void unknownEndIntersection() {
        assertBroken(
                root -> road(root, 1).put("endIntersection", "atlantis"),
                "$.roads[1].endIntersection",
                "unknown intersection 'atlantis'");
    }

    @Test
    void duplicateRoadId() {
        assertBroken(root -> road(root, 1).put("id", "in"), "$.roads[1]", "duplicate road id 'in'");
    }

    @Test
    void negativeIntersectionWidth() {
        assertBroken(root -> intersection(root, 1).put("width", -1), "$.intersections[1].width", "intersection width");
    }

    @Test
    void roadLinkFromAnUnknownRoad() {
        assertBroken(
                root -> roadLink(root).put("startRoad", "nope"),
                "$.intersections[1].roadLinks[0].startRoad",
                "unknown road 'nope'");
    }

    @Test
    void roadLinkFromARoadThatDoesNotEndThere() {
        assertBroken(
                root -> roadLink(root).put("startRoad", "out"),
                "$.intersections[1].roadLinks[0]",
                "road 'out' does not end at intersection 'junction'");
    }

    @Test
    void unknownRoadLinkType() {
        assertBroken(
                root -> roadLink(root).put("type", "u_turn"),
                "$.intersections[1].roadLinks[0].type",
                "unknown road link type 'u_turn'");
    }

    @Test
    void laneLinkToAMissingLaneIndex() {
        InvalidInputException e = assertBroken(
                root -> laneLink(root, 1).put("endLaneIndex", 5),
                "$.intersections[1].roadLinks[0].laneLinks[1]",
                "lane link ends at lane 5");
        assertThat(e.reason()).contains("'out'").contains("0..1");
    }

    @Test
    void laneLinkFromANegativeLaneIndex() {
        assertBroken(
                root -> laneLink(root, 0).put("startLaneIndex", -1),
                "$.intersections[1].roadLinks[0].laneLinks[0]",
                "lane link starts at lane -1");
    }

    @Test
    void laneIndexThatIsNotAnInteger() {
        assertBroken(
                root -> laneLink(root, 0).put("endLaneIndex", 0.5),
                "$.intersections[1].roadLinks[0].laneLinks[0].endLaneIndex",
                "must be an integer");
    }

    @Test
    void phaseReferencingANonExistentRoadLink() {
        InvalidInputException e = assertBroken(
                root -> phase(root, 1).putArray("availableRoadLinks").add(0).add(7),
                "$.intersections[1].trafficLight.lightphases[1].availableRoadLinks[1]",
                "road link index 7 does not exist");
        assertThat(e.reason()).contains("1 road links");
    }

    @Test
    void phaseWithNegativeDuration() {
        assertBroken(
                root -> phase(root, 0).put("time", -5),
                "$.intersections[1].trafficLight.lightphases[0].time",
                "phase duration must be >= 0");
    }

    @Test
    void pointWithAMissingCoordinate() {
        assertBroken(
                root -> ((ObjectNode) intersection(root, 2).get("point")).remove("y"),
                "$.intersections[2].point.y",
                "required field is missing");
    }

    // ---- helpers

    private InvalidInputException readFails(Path file) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> reader.read(file));
        assertThat(e).as("reading %s must fail", file).isNotNull();
        return e;
    }

    /** Breaks the valid fixture with {@code breakIt}, reads it and checks the error. */
    private InvalidInputException assertBroken(Consumer<ObjectNode> breakIt, String jsonPath, String reason) {
        ObjectNode root = CityFlowFixtures.roadnet();
        breakIt.accept(root);
        Path file = CityFlowFixtures.write(dir, "roadnet.json", root);
        InvalidInputException e = readFails(file);
        assertError(e, file, jsonPath, reason);
        return e;
    }

    static void assertError(InvalidInputException e, Path file, String jsonPath, String reason) {
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.jsonPath()).isEqualTo(jsonPath);
        assertThat(e.reason()).contains(reason);
        assertThat(e.getMessage())
                .contains(file.getFileName().toString())
                .contains(jsonPath)
                .contains(e.reason());
    }

    private static ObjectNode intersection(ObjectNode root, int i) {
        return (ObjectNode) root.get("intersections").get(i);
    }

    private static ObjectNode road(ObjectNode root, int r) {
        return (ObjectNode) root.get("roads").get(r);
    }

    private static ObjectNode lane(ObjectNode root, int r, int k) {
        return (ObjectNode) road(root, r).get("lanes").get(k);
    }

    private static ObjectNode roadLink(ObjectNode root) {
        return (ObjectNode) intersection(root, 1).get("roadLinks").get(0);
    }

    private static ObjectNode laneLink(ObjectNode root, int m) {
        return (ObjectNode) roadLink(root).get("laneLinks").get(m);
    }

    private static ObjectNode phase(ObjectNode root, int p) {
        return (ObjectNode)
                intersection(root, 1).get("trafficLight").get("lightphases").get(p);
    }
}
