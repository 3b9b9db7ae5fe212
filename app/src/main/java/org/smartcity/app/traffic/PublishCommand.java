package org.smartcity.app.traffic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.smartcity.app.cli.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity traffic publish}: sends detector records from JSON Lines files to a Kafka topic, for
 * demos and tests of {@code traffic stream --kafka} (real equipment or a gateway would produce instead).
 */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = "Send detector records (JSON Lines, e.g. from simulate --detectors) to a Kafka topic, one "
                + "record per message keyed by road, in file order.")
public final class PublishCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--input",
            required = true,
            description = "JSON Lines file or folder of them (its files in name order; repeatable).")
    List<Path> inputs;

    @Option(names = "--kafka", required = true, description = "Kafka broker(s): HOST:PORT[,HOST:PORT…].")
    String kafka;

    @Option(names = "--topic", required = true, description = "Topic to send to.")
    String topic;

    @Option(
            names = "--partitions",
            defaultValue = "0",
            description = "Create the topic with this many partitions when it does not exist (default: do not "
                    + "create it).")
    int partitions;

    @Option(
            names = "--wait",
            defaultValue = "15",
            description = "Seconds to wait for the broker to answer (default: ${DEFAULT-VALUE}).")
    int wait_s;

    @Override
    public Integer call() throws IOException {
        String bootstrap = KafkaTopics.bootstrap("--kafka", kafka);
        if (partitions < 0 || partitions > 10_000) {
            throw new UserError("--partitions must be in 0..10000, got " + partitions);
        }
        if (wait_s < 1) {
            throw new UserError("--wait must be at least 1 s, got " + wait_s);
        }
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            files.addAll(files(p));
        }
        int found = KafkaTopics.partitions(bootstrap, topic, partitions, Duration.ofSeconds(wait_s));
        long start = System.nanoTime();
        DetectorPublisher publisher = DetectorPublisher.open(bootstrap, topic);
        try (publisher) {
            for (Path file : files) {
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        publisher.sendLine(line);
                    }
                }
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(
                Locale.ROOT,
                "sent %d records to topic %s at %s (%d partitions) in %.1f s%n",
                publisher.sent(),
                topic,
                bootstrap,
                found,
                (System.nanoTime() - start) / 1e9);
        if (publisher.unkeyed() > 0) {
            w.printf(
                    Locale.ROOT,
                    "%d lines are not valid records: sent without key (the stream job lists them in rejected)%n",
                    publisher.unkeyed());
        }
        w.flush();
        return 0;
    }

    private static List<Path> files(Path p) throws IOException {
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        if (!Files.isDirectory(p)) {
            throw new UserError("--input: no such file or folder: " + p);
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
