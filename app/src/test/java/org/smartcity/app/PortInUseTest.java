package org.smartcity.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 17, item 17: a taken port is one line, not a stack trace, and the demo leaves no data folder behind. */
class PortInUseTest {
    @TempDir
    Path dir;

    @Test
    void serveOnATakenPortSaysSoInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of(
                    "serve",
                    "--port",
                    Integer.toString(taken.getLocalPort()),
                    "--data",
                    dir.resolve("data").toString(),
                    "--no-traffic");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err().strip().lines())
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .startsWith("error: port " + taken.getLocalPort())
                            .contains("in use")
                            .contains("--port"));
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void theDemoOnATakenPortSaysSoAndDeletesItsTemporaryFolder() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            DemoCommand demo = new DemoCommand();
            demo.tempParent = dir;
            CommandLine cli = SmartcityCli.handleErrors(new CommandLine(demo));
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err));
            cli.setOut(new PrintWriter(new StringWriter()));
            int code = cli.execute("--port", Integer.toString(taken.getLocalPort()), "--no-traffic");
            assertThat(code).isEqualTo(1);
            assertThat(err.toString().strip().lines())
                    .singleElement()
                    .satisfies(
                            line -> assertThat(line).startsWith("error: port").contains("in use"));
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left)
                        .as("the demo's temporary data folder is deleted")
                        .isEmpty();
            }
        }
    }
}
