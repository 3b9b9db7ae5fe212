package org.smartcity.stream.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft combined broker + controller, no ZooKeeper) in the test JVM, on
 * free localhost ports, with its log in a temporary folder that {@link #close()} deletes. For tests only:
 * one partition replica, no security, topics are not created automatically.
 *
 * <pre>
 * try (KafkaTestBroker broker = KafkaTestBroker.start()) {
 *     broker.createTopic("detectors", 3);
 *     broker.send("detectors", List.of(new String[] {"key", "value"}));
 *     … broker.bootstrap() …
 * }
 * </pre>
 */
public final class KafkaTestBroker implements AutoCloseable {
    private final Path logDir;
    private final KafkaRaftServer server;
    private final String bootstrap;

    private KafkaTestBroker(Path logDir, KafkaRaftServer server, String bootstrap) {
        this.logDir = logDir;
        this.server = server;
        this.bootstrap = bootstrap;
    }

    /** Formats a fresh log folder and starts the broker; returns once it serves clients. */
    public static KafkaTestBroker start() throws IOException {
        Path logDir = Files.createTempDirectory("smartcity-kafka-");
        int brokerPort = freePort();
        int controllerPort = freePort();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("log.dirs", logDir.toString());
        props.put("auto.create.topics.enable", "false");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        Path config = logDir.resolve("server.properties");
        try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(w, "smartcity test broker");
        }
        ByteArrayOutputStream formatOutput = new ByteArrayOutputStream();
        int formatted = StorageTool.execute(
                new String[] {"format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString()},
                new PrintStream(formatOutput, true, StandardCharsets.UTF_8));
        if (formatted != 0) {
            deleteRecursively(logDir);
            throw new IllegalStateException("kafka-storage format failed: " + formatOutput);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        server.startup();
        KafkaTestBroker broker = new KafkaTestBroker(logDir, server, "127.0.0.1:" + brokerPort);
        broker.awaitReady();
        return broker;
    }

    /** {@code host:port} for clients' {@code bootstrap.servers}. */
    public String bootstrap() {
        return bootstrap;
    }

    /** Creates a topic with this many partitions (replication factor 1). */
    public void createTopic(String topic, int partitions) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topic " + topic, e);
        }
    }

    /** Sends {@code [key, value]} pairs (key may be null) in order and waits until all are acknowledged. */
    public void send(String topic, List<String[]> keyedValues) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (String[] kv : keyedValues) {
                producer.send(new ProducerRecord<>(topic, kv[0], kv[1]));
            }
            producer.flush();
        }
    }

    /** Messages the topic holds: the sum of its partitions' end offsets (nothing is deleted in a test). */
    public long messageCount(String topic) {
        try (Admin admin = admin()) {
            List<TopicPartition> partitions = admin
                    .describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .get(topic)
                    .partitions()
                    .stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset)
                    .sum();
        } catch (Exception e) {
            throw new IllegalStateException("cannot count the messages of " + topic, e);
        }
    }

    private Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(p);
    }

    private void awaitReady() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the broker started", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            close();
            throw new IllegalStateException("the test broker did not start within 60 s", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops the broker and deletes its log folder. */
    @Override
    public void close() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            deleteRecursively(logDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the test broker's folder " + dir, e);
        }
    }
}
