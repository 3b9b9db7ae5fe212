package org.smartcity.app.traffic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.smartcity.app.cli.UserError;
import org.smartcity.stream.job.StreamOutputs;
import org.smartcity.stream.job.StreamSettings;
import org.smartcity.stream.job.TrafficStreamJob;
import org.smartcity.stream.sink.JsonLinesFileSink;
import org.smartcity.stream.source.KafkaStart;
import org.smartcity.stream.source.KafkaTopic;
import org.smartcity.stream.source.RecordSources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code smartcity traffic stream}: the live traffic job on Apache Flink, embedded or on a cluster. */
@Command(
        name = "stream",
        mixinStandardHelpOptions = true,
        description = "Run the live traffic job (Apache Flink) over detector records from files, a socket or a "
                + "Kafka topic: windows per lane and road, camera statistics, travel times and incident alarms, "
                + "written as JSON Lines to --out.")
public final class StreamCommand implements Callable<Integer> {
    /** Checkpoint interval of a live Kafka run: offsets are committed and output files flushed this often. */
    static final int CHECKPOINT_S = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", description = "JSON Lines file or folder of detector records (repeatable).")
    List<Path> inputs;

    @Option(names = "--socket", description = "Read JSON lines from this TCP server instead (HOST:PORT).")
    String socket;

    @Option(
            names = "--kafka",
            description = "Read a Kafka topic instead: broker(s) HOST:PORT[,HOST:PORT…]; needs --topic.")
    String kafka;

    @Option(
            names = "--topic",
            description = "With --kafka: the topic of detector records (one JSON record per message).")
    String topic;

    @Option(
            names = "--group",
            defaultValue = "smartcity-stream",
            description = "With --kafka: consumer group; offsets are committed under it every " + CHECKPOINT_S
                    + " s (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(
            names = "--from",
            defaultValue = "committed",
            description = "With --kafka: where to start: committed (where the group stopped, else the oldest "
                    + "message), earliest or latest (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(
            names = "--until-end",
            description = "With --kafka: stop at the end of what the topic holds when the job starts (a replay); "
                    + "without it the job runs until stopped (Ctrl-C).")
    boolean untilEnd;

    @Option(
            names = "--wait",
            defaultValue = "15",
            description = "With --kafka: seconds to wait for the broker to answer (default: ${DEFAULT-VALUE}).")
    int wait_s;

    @Option(names = "--out", defaultValue = "stream-out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--parallelism", defaultValue = "1", description = "Parallel tasks (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--window", defaultValue = "60", description = "Window length, s (default: ${DEFAULT-VALUE}).")
    long window_s;

    @Option(
            names = "--out-of-order",
            defaultValue = "5",
            description = "How far event time may go back, s (default: ${DEFAULT-VALUE}).")
    long outOfOrder_s;

    @Option(
            names = "--lateness",
            defaultValue = "30",
            description = "Allowed lateness of windows, s (default: ${DEFAULT-VALUE}).")
    long lateness_s;

    @Option(
            names = "--remote",
            description = "Submit to a running Flink cluster's REST endpoint (HOST:PORT) instead of running embedded; "
                    + "the job's jar is this program's jar.")
    String remote;

    private int kafkaPartitions;

    @Override
    public Integer call() throws Exception {
        boolean hasInputs = inputs != null && !inputs.isEmpty();
        if ((hasInputs ? 1 : 0) + (socket != null ? 1 : 0) + (kafka != null ? 1 : 0) != 1) {
            throw new UserError("give one of --input FILE…, --socket HOST:PORT or --kafka HOST:PORT --topic T");
        }
        if (kafka == null && (topic != null || untilEnd)) {
            throw new UserError("--topic and --until-end need --kafka HOST:PORT");
        }
        if (parallelism < 1 || parallelism > 64) {
            throw new UserError("--parallelism must be in 1..64, got " + parallelism);
        }
        StreamSettings settings;
        try {
            settings = new StreamSettings(
                    window_s, Math.max(window_s, 300), outOfOrder_s * 1000, lateness_s * 1000, 10_000);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (inputs != null) {
            for (Path p : inputs) {
                if (!Files.exists(p)) {
                    throw new UserError("--input: no such file or folder: " + p);
                }
            }
        }
        KafkaTopic kafkaTopic = kafka == null ? null : kafkaTopic();
        StreamExecutionEnvironment env = environment();
        env.setParallelism(parallelism);
        Path folder = out.toAbsolutePath();
        Files.createDirectories(folder);
        StreamOutputs outputs = output -> new JsonLinesFileSink(folder, output);
        if (kafkaTopic != null) {
            if (!kafkaTopic.stopAtEnd()) {
                // a live run: commit the group's offsets and flush the output files at each checkpoint
                env.enableCheckpointing(CHECKPOINT_S * 1000L);
                PrintWriter w = spec.commandLine().getOut();
                w.printf(
                        Locale.ROOT,
                        "reading topic %s at %s (%d partitions, group %s, from %s); outputs in %s, written every %d s;"
                                + " Ctrl-C stops%n",
                        kafkaTopic.topic(),
                        kafkaTopic.bootstrapServers(),
                        kafkaPartitions,
                        kafkaTopic.group(),
                        from.toLowerCase(Locale.ROOT),
                        folder,
                        CHECKPOINT_S);
                w.flush();
            }
            TrafficStreamJob.fromKafka(env, kafkaTopic, settings, outputs);
        } else if (socket != null) {
            HostPort hp = HostPort.parse("--socket", socket);
            TrafficStreamJob.fromLines(RecordSources.socket(env, hp.host(), hp.port()), settings, outputs);
        } else {
            TrafficStreamJob.fromLines(RecordSources.files(env, inputs), settings, outputs);
        }
        long start = System.nanoTime();
        JobExecutionResult result = execute(env, kafkaTopic);
        double wall_s = (System.nanoTime() - start) / 1e9;
        PrintWriter w = spec.commandLine().getOut();
        w.printf(
                Locale.ROOT,
                "job finished in %.1f s (%.1f s wall, parallelism %d); outputs in %s:%n",
                result.getNetRuntime(TimeUnit.MILLISECONDS) / 1000.0,
                wall_s,
                parallelism,
                folder);
        for (String name : TrafficStreamJob.OUTPUTS) {
            Path file = folder.resolve(name + ".jsonl");
            w.printf(Locale.ROOT, "  %-13s %8d lines%n", name, Files.exists(file) ? lines(file) : 0);
        }
        w.flush();
        return 0;
    }

    /** Checks the options of a Kafka run and that the broker answers and has the topic. */
    private KafkaTopic kafkaTopic() {
        String bootstrap = KafkaTopics.bootstrap("--kafka", kafka);
        if (topic == null || topic.isBlank()) {
            throw new UserError("--kafka needs --topic T");
        }
        if (group.isBlank()) {
            throw new UserError("--group must not be empty");
        }
        if (wait_s < 1) {
            throw new UserError("--wait must be at least 1 s, got " + wait_s);
        }
        KafkaStart start = switch (from.toLowerCase(Locale.ROOT)) {
            case "committed" -> KafkaStart.COMMITTED;
            case "earliest" -> KafkaStart.EARLIEST;
            case "latest" -> KafkaStart.LATEST;
            default -> throw new UserError("--from must be committed, earliest or latest, got '" + from + "'");
        };
        kafkaPartitions = KafkaTopics.partitions(bootstrap, topic, 0, Duration.ofSeconds(wait_s));
        return new KafkaTopic(bootstrap, topic, group, start, untilEnd);
    }

    /** Runs the job; a Kafka job that fails (e.g. the broker went away) is a one-line error. */
    private static JobExecutionResult execute(StreamExecutionEnvironment env, KafkaTopic kafkaTopic) throws Exception {
        if (kafkaTopic == null) {
            return env.execute("smartcity traffic stream");
        }
        try {
            return env.execute("smartcity traffic stream");
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new UserError(
                    "the stream job stopped while reading topic '" + kafkaTopic.topic() + "' at "
                            + kafkaTopic.bootstrapServers() + ": " + root.getMessage(),
                    e);
        }
    }

    private StreamExecutionEnvironment environment() {
        if (remote == null) {
            // embedded (a MiniCluster in this JVM), or the cluster's context when started by `flink run`
            return StreamExecutionEnvironment.getExecutionEnvironment();
        }
        HostPort hp = HostPort.parse("--remote", remote);
        return StreamExecutionEnvironment.createRemoteEnvironment(
                hp.host(), hp.port(), org.smartcity.app.cli.Jars.ownJar().toString());
    }

    private static long lines(Path file) throws IOException {
        try (var s = Files.lines(file)) {
            return s.count();
        }
    }
}
