package org.smartcity.app.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.stream.job.TrafficStreamJob;
import org.smartcity.stream.source.KafkaTestBroker;

/**
 * {@code simulate --detectors-kafka}, {@code publish} and {@code stream --kafka} against a real Kafka
 * broker (KRaft, in the test JVM), and the one-line errors for a broker that does not answer and a topic
 * that does not exist.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class KafkaCliTest {
    private static KafkaTestBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() throws IOException {
        broker = KafkaTestBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).stream().sorted().toList() : List.of();
    }

    @Test
    void aPublishedSimulationGivesTheStreamJobTheSameResultsAsItsFile() throws IOException {
        TrafficCliTest.Run grid = TrafficCliTest.run(
                "traffic",
                "generate",
                "grid",
                "--rows",
                "1",
                "--cols",
                "2",
                "--vehicles-per-hour",
                "400",
                "--out",
                dir.toString());
        assertThat(grid.exitCode()).as(grid.err()).isZero();
        Path records = dir.resolve("detectors.jsonl");
        broker.createTopic("simulated", 2);
        TrafficCliTest.Run sim = TrafficCliTest.run(
                "traffic",
                "simulate",
                "--roadnet",
                dir.resolve("roadnet_1x2.json").toString(),
                "--flow",
                dir.resolve("flow_1x2.json").toString(),
                "--steps",
                "400",
                "--no-progress",
                "--detectors",
                records.toString(),
                "--detectors-kafka",
                broker.bootstrap() + "/simulated",
                "--incident",
                "road_1_1_0:1:200:100:300");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        long lines = Files.readAllLines(records).size();
        assertThat(broker.messageCount("simulated")).isEqualTo(lines);

        // publish the file again (with one bad line) to a topic the command creates, and stream it
        Files.writeString(records, "not a record\n", java.nio.file.StandardOpenOption.APPEND);
        TrafficCliTest.Run publish = TrafficCliTest.run(
                "traffic",
                "publish",
                "--input",
                records.toString(),
                "--kafka",
                broker.bootstrap(),
                "--topic",
                "published",
                "--partitions",
                "3");
        assertThat(publish.exitCode()).as(publish.err()).isZero();
        assertThat(publish.out())
                .contains("sent " + (lines + 1) + " records to topic published", "(3 partitions)")
                .contains("1 lines are not valid records");

        Path fromFile = dir.resolve("from-file");
        Path fromKafka = dir.resolve("from-kafka");
        TrafficCliTest.Run file =
                TrafficCliTest.run("traffic", "stream", "--input", records.toString(), "--out", fromFile.toString());
        assertThat(file.exitCode()).as(file.err()).isZero();
        TrafficCliTest.Run kafka = TrafficCliTest.run(
                "traffic",
                "stream",
                "--kafka",
                broker.bootstrap(),
                "--topic",
                "published",
                "--from",
                "earliest",
                "--until-end",
                "--parallelism",
                "2",
                "--out",
                fromKafka.toString());
        assertThat(kafka.exitCode()).as(kafka.err()).isZero();

        assertThat(sortedLines(fromFile.resolve("alarms.jsonl")))
                .anySatisfy(a -> assertThat(a).contains("\"detector\":\"camera-stopped\"", "\"road\":\"road_1_1_0\""));
        assertThat(sortedLines(fromFile.resolve("rejected.jsonl")))
                .singleElement()
                .asString()
                .contains("not a record");
        for (String output : TrafficStreamJob.OUTPUTS) {
            assertThat(sortedLines(fromKafka.resolve(output + ".jsonl")))
                    .as(output)
                    .isEqualTo(sortedLines(fromFile.resolve(output + ".jsonl")));
        }
    }

    @Test
    void aBrokerThatDoesNotAnswerAndAMissingTopicAreOneLineErrors() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        TrafficCliTest.Run nobody = TrafficCliTest.run(
                "traffic", "stream", "--kafka", "127.0.0.1:" + closedPort, "--topic", "detectors", "--wait", "2");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err().strip())
                .startsWith("error: --kafka: no Kafka broker answered at 127.0.0.1:" + closedPort)
                .doesNotContain("\n");

        broker.createTopic("other", 1);
        TrafficCliTest.Run missing = TrafficCliTest.run(
                "traffic", "stream", "--kafka", broker.bootstrap(), "--topic", "nope", "--out", dir.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip())
                .startsWith("error: --topic: no topic 'nope' at " + broker.bootstrap())
                .contains("other")
                .doesNotContain("\n");

        TrafficCliTest.Run notPublished = TrafficCliTest.run(
                "traffic", "publish", "--input", dir.toString(), "--kafka", broker.bootstrap(), "--topic", "nope");
        assertThat(notPublished.exitCode()).isEqualTo(1);
        assertThat(notPublished.err()).contains("no topic 'nope'");

        TrafficCliTest.Run badValue =
                TrafficCliTest.run("traffic", "stream", "--kafka", "broker", "--topic", "detectors");
        assertThat(badValue.exitCode()).isEqualTo(1);
        assertThat(badValue.err()).contains("--kafka must be HOST:PORT, got 'broker'");
        TrafficCliTest.Run noKafka = TrafficCliTest.run("traffic", "stream", "--topic", "detectors");
        assertThat(noKafka.exitCode()).isEqualTo(1);
        assertThat(noKafka.err()).contains("give one of --input");
    }
}
