package org.smartcity.traffic.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;

/** A folder with one roadnet and flow files beside it is one data set; plans cover every combination. */
class DataSetDiscoveryTest {
    @TempDir
    Path root;

    private void touch(String path) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "[]");
    }

    @Test
    void findsFoldersWithOneRoadnetAndTheirFlows() throws IOException {
        touch("hangzhou/roadnet_4_4.json");
        touch("hangzhou/flow_b.json");
        touch("hangzhou/flow_a.json");
        touch("jinan/sub/roadnet.json");
        touch("jinan/sub/demand.json");
        touch("two/roadnet_1.json");
        touch("two/roadnet_2.json");
        touch("two/flow.json");
        touch("none/flow.json");
        touch("empty/roadnet.json");

        List<DataSet> sets = DataSet.discover(root);

        assertThat(sets).extracting(DataSet::network).containsExactly("hangzhou", "sub");
        assertThat(sets.get(0).flows())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("flow_a.json", "flow_b.json");
        assertThat(sets.get(0).roadnet().getFileName().toString()).isEqualTo("roadnet_4_4.json");
    }

    @Test
    void aMissingFolderHasNoDataSets() throws IOException {
        assertThat(DataSet.discover(root.resolve("nope"))).isEmpty();
    }

    @Test
    void planRunsThePlanOnceAndOtherControllersUnderEachProtocol() throws IOException {
        touch("net/roadnet.json");
        touch("net/f1.json");
        touch("net/f2.json");
        BenchmarkRunner runner = new BenchmarkRunner(SignalControllers.builtIn());

        List<BenchmarkRunner.Task> tasks = runner.plan(
                DataSet.discover(root),
                List.of("plan", "max-pressure"),
                List.of(SignalProtocol.CITYFLOW, SignalProtocol.PRACTITIONER));

        // per flow: plan (native) + max-pressure under two protocols
        assertThat(tasks).hasSize(2 * 3);
        assertThat(tasks.stream().filter(t -> t.controller().equals("plan")))
                .allSatisfy(t -> assertThat(t.protocol()).isEqualTo(SignalProtocol.NATIVE))
                .hasSize(2);
        assertThat(tasks.stream().filter(t -> t.controller().equals("max-pressure")))
                .extracting(t -> t.protocol().name())
                .containsExactly("cityflow", "practitioner", "cityflow", "practitioner");
    }
}
