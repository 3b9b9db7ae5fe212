package org.smartcity.app.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.smartcity.app.cli.UserError;
import org.smartcity.stream.job.StreamSettings;
import org.smartcity.stream.job.TrafficStreamJob;
import org.smartcity.stream.source.GeneratedRecords;
import org.smartcity.traffic.detect.DetectorRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity bench stream}: the traffic stream job, unchanged, on a generated city feed in an
 * embedded Flink (MiniCluster). Reports records per second over the job's net runtime and the
 * end-to-end latency of window results: the wall-clock time a result reached its sink minus the end of
 * its window in event time (records carry the wall clock at generation as event time), so it includes
 * the out-of-orderness bound the watermark waits for.
 */
@Command(
        name = "stream",
        mixinStandardHelpOptions = true,
        description = "Throughput (records/s) and end-to-end latency of the Flink traffic job on generated records.")
public final class StreamBench implements Callable<Integer> {
    private static final Map<String, ConcurrentLinkedQueue<Long>> LATENCIES = new ConcurrentHashMap<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--records", defaultValue = "10000000", description = "Records (default: ${DEFAULT-VALUE}).")
    long records;

    @Option(names = "--parallelism", defaultValue = "2", description = "Parallel tasks (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(
            names = "--cameras",
            defaultValue = "4500",
            description = "Cameras in the generated city (default: ${DEFAULT-VALUE}, Hangzhou's count).")
    int cameras;

    @Option(
            names = "--out-of-order",
            defaultValue = "200",
            description = "Watermark bound, ms (default: ${DEFAULT-VALUE}).")
    long outOfOrder_ms;

    @Option(names = "--in-this-jvm", hidden = true, description = "Run here instead of in a fresh JVM.")
    boolean inThisJvm;

    @Override
    public Integer call() throws Exception {
        if (records < 1000 || parallelism < 1 || parallelism > 16 || cameras < 1) {
            throw new UserError("need --records ≥ 1000, --parallelism 1..16 and --cameras ≥ 1");
        }
        if (!inThisJvm) {
            return inFreshJvm();
        }
        String run = UUID.randomUUID().toString();
        LATENCIES.put(run, new ConcurrentLinkedQueue<>());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        DataGeneratorSource<DetectorRecord> source = new DataGeneratorSource<>(
                new GeneratedRecords(cameras),
                records,
                RateLimiterStrategy.noOp(),
                TypeInformation.of(DetectorRecord.class));
        DataStream<DetectorRecord> generated = env.fromSource(
                source, org.apache.flink.api.common.eventtime.WatermarkStrategy.noWatermarks(), "generated");
        // five-second windows so that results (and their latency) come several times during a run
        StreamSettings settings = new StreamSettings(5, 5, outOfOrder_ms, 1_000, 1_000);
        TrafficStreamJob.fromRecords(generated, settings, output -> new LatencySink(run, output));
        long start = System.nanoTime();
        JobExecutionResult result = env.execute("smartcity bench stream");
        double wall_s = (System.nanoTime() - start) / 1e9;
        double net_s = result.getNetRuntime(TimeUnit.MILLISECONDS) / 1000.0;
        List<Long> latencies = new ArrayList<>(LATENCIES.remove(run));
        latencies.sort(null);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(
                Locale.ROOT,
                "%,d records, parallelism %d, %d cameras: %.2f s job (%.2f s with cluster start) → %,.0f records/s%n",
                records,
                parallelism,
                cameras,
                net_s,
                wall_s,
                records / net_s);
        if (latencies.isEmpty()) {
            w.println("no window results reached the sinks (run too short)");
        } else {
            w.printf(
                    Locale.ROOT,
                    "end-to-end latency of %d window results (sink wall clock − window end, includes the %d ms "
                            + "watermark bound): p50 %d ms, p99 %d ms, max %d ms%n",
                    latencies.size(),
                    outOfOrder_ms,
                    percentile(latencies, 0.50),
                    percentile(latencies, 0.99),
                    latencies.get(latencies.size() - 1));
        }
        w.flush();
        return 0;
    }

    /**
     * Runs the benchmark in a fresh JVM with the full JIT (the launcher's default JVM options favour
     * start-up over peak speed) and a 1 GB heap, and passes its report through.
     */
    private int inFreshJvm() throws java.io.IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(),
                "-Xmx1g",
                "-jar",
                ChildRun.ownJar().toString(),
                "bench",
                "stream",
                "--in-this-jvm",
                "--records",
                Long.toString(records),
                "--parallelism",
                Integer.toString(parallelism),
                "--cameras",
                Integer.toString(cameras),
                "--out-of-order",
                Long.toString(outOfOrder_ms)));
        Process p = new ProcessBuilder(command).inheritIO().start();
        int code = p.waitFor();
        if (code != 0) {
            throw new UserError("the benchmark JVM failed (exit " + code + ")");
        }
        return 0;
    }

    private static long percentile(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    /** Records the latency of window results ({@code roads}, {@code lanes}, {@code cameras}); drops the rest. */
    private static final class LatencySink implements Sink<String> {
        private final String run;
        private final String output;

        LatencySink(String run, String output) {
            this.run = run;
            this.output = output;
        }

        @Override
        public SinkWriter<String> createWriter(WriterInitContext context) {
            ConcurrentLinkedQueue<Long> target = LATENCIES.get(run);
            boolean windows = output.equals("roads") || output.equals("lanes") || output.equals("cameras");
            return new SinkWriter<>() {
                @Override
                public void write(String line, Context ctx) {
                    if (windows) {
                        int i = line.indexOf("\"windowEnd_ms\":");
                        if (i >= 0) {
                            int from = i + "\"windowEnd_ms\":".length();
                            int to = line.indexOf(',', from);
                            long end = Long.parseLong(line.substring(from, to));
                            long now = System.currentTimeMillis();
                            // windows still open in wall-clock time were flushed by the end of input
                            if (end <= now) {
                                target.add(now - end);
                            }
                        }
                    }
                }

                @Override
                public void flush(boolean endOfInput) {}

                @Override
                public void close() {}
            };
        }
    }
}
