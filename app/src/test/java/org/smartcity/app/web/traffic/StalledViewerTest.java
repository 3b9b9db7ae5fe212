package org.smartcity.app.web.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.web.WebServer;
import org.smartcity.traffic.live.LiveTwin;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.SimulationConfig;

/**
 * A browser that stops reading (a sleeping laptop) must not hold up the others: with 30 KB frames at 60 per
 * second its socket buffers fill within seconds, after which a second viewer must still get fresh frames.
 */
class StalledViewerTest {
    @TempDir
    Path dir;

    @Test
    void aViewerThatStopsReadingDoesNotStopTheOthers() throws Exception {
        LiveTwin.Settings settings =
                new LiveTwin.Settings("plan", SignalProtocol.NATIVE, SimulationConfig.DEFAULT, 100, 3600, 60, false);
        TrafficDashboard dashboard = new TrafficDashboard(
                TestOperators.grid(dir, 16),
                settings,
                dir.resolve("uploads"),
                Optional.empty(),
                new TestOperators.RecordingLog());
        try (WebServer server = WebServer.start("127.0.0.1", 0, TestOperators.AUTHENTICATOR, List.of(dashboard));
                Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            OutputStream out = stalled.getOutputStream();
            out.write(("GET /api/traffic/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                            + "X-Test-User: sleepy\r\nX-Test-Roles: TRAFFIC_OPERATOR\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // never read: frames of ~30 KB at 60/s fill the socket buffers (a few MB) within seconds
            long producedBefore = dashboard.framesSent();
            while (dashboard.framesSent() < producedBefore + 300) {
                Thread.sleep(50);
            }
            HttpResponse<Stream<String>> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + server.port() + "/api/traffic/stream"))
                                    .header("Accept", "text/event-stream")
                                    .header("X-Test-User", "wang")
                                    .header("X-Test-Roles", "TRAFFIC_OPERATOR")
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofLines());
            int frames = 0;
            long firstStep = -1;
            long lastStep = -1;
            try (Stream<String> lines = r.body()) {
                Iterator<String> it = lines.iterator();
                boolean frame = false;
                // the second viewer is registered just after its response headers go out
                for (int i = 0; i < 200 && dashboard.watchers() < 2; i++) {
                    Thread.sleep(50);
                }
                assertThat(dashboard.watchers())
                        .as("both viewers are connected")
                        .isEqualTo(2);
                while (frames < 20 && it.hasNext()) {
                    String line = it.next();
                    if (line.startsWith("event: ")) {
                        frame = line.equals("event: frame");
                    } else if (frame && line.startsWith("data: ")) {
                        int at = line.indexOf("\"step\":") + 7;
                        long step = Long.parseLong(line.substring(at, line.indexOf(',', at)));
                        firstStep = firstStep < 0 ? step : firstStep;
                        lastStep = step;
                        frames++;
                    }
                }
            }
            assertThat(frames).isEqualTo(20);
            assertThat(lastStep).as("the second viewer sees the twin advance").isGreaterThan(firstStep);
        }
    }
}
