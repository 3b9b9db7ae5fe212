package org.smartcity.app.traffic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.smartcity.app.cli.UserError;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.detect.DetectorRecordJson;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.sim.LaneBlock;

/**
 * Where {@code simulate} sends detector records: JSON Lines to a file, a TCP socket and/or a Kafka topic
 * (the stream job can read each). Also writes the ground truth of injected incidents. Not thread-safe.
 */
final class DetectorOutput implements Consumer<DetectorRecord>, AutoCloseable {
    private final List<BufferedWriter> writers = new ArrayList<>();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private DetectorPublisher publisher;
    private long records;

    /**
     * Opens the outputs asked for (each may be null).
     *
     * @param kafka {@code HOST:PORT[,HOST:PORT…]/TOPIC}: an existing topic to send the records to
     */
    static DetectorOutput open(Path file, String socket, String kafka) throws IOException {
        DetectorOutput o = new DetectorOutput();
        if (kafka != null) {
            int slash = kafka.lastIndexOf('/');
            if (slash <= 0 || slash == kafka.length() - 1) {
                throw new UserError("--detectors-kafka must be HOST:PORT/TOPIC, got '" + kafka + "'");
            }
            String bootstrap = KafkaTopics.bootstrap("--detectors-kafka", kafka.substring(0, slash));
            String topic = kafka.substring(slash + 1);
            KafkaTopics.partitions(bootstrap, topic, 0, java.time.Duration.ofSeconds(15));
            o.publisher = DetectorPublisher.open(bootstrap, topic);
        }
        if (file != null) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            o.writers.add(w);
        }
        if (socket != null) {
            HostPort hp = HostPort.parse("--detectors-socket", socket);
            Socket s;
            try {
                s = new Socket(hp.host(), hp.port());
            } catch (IOException e) {
                o.close();
                throw new UserError("--detectors-socket: cannot connect to " + socket + ": " + e.getMessage());
            }
            o.resources.add(s);
            o.writers.add(new BufferedWriter(new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8)));
        }
        return o;
    }

    @Override
    public void accept(DetectorRecord record) {
        if (publisher != null) {
            publisher.send(record);
        }
        if (writers.isEmpty()) {
            records++;
            return;
        }
        String line = DetectorRecordJson.write(record);
        try {
            for (BufferedWriter w : writers) {
                w.write(line);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write detector records", e);
        }
        records++;
    }

    long records() {
        return records;
    }

    /** Writes one JSON line per injected incident: road, lane, position and time span. */
    static void writeTruth(Path file, RoadNetwork network, List<LaneBlock> blocks) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (LaneBlock b : blocks) {
                int lane = b.lane();
                w.write(String.format(
                        java.util.Locale.ROOT,
                        "{\"type\":\"incident\",\"road\":\"%s\",\"lane\":%d,\"position_m\":%s,\"distance_m\":%s,"
                                + "\"from_ms\":%d,\"until_ms\":%d}%n",
                        network.roadId(network.laneRoad(lane)),
                        network.laneIndexOnRoad(lane),
                        b.position_m(),
                        Math.round((network.laneLength_m(lane) - b.position_m()) * 100) / 100.0,
                        Math.round(b.from_s() * 1000),
                        Math.round(b.until_s() * 1000)));
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (publisher != null) {
            publisher.close();
        }
        IOException failure = null;
        for (BufferedWriter w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                failure = new IOException(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
