package org.smartcity.app.web.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smartcity.app.web.WebServer;
import org.smartcity.traffic.generate.GridGenerator;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.live.LiveTwin;
import org.smartcity.traffic.scenario.Scenario;

/**
 * A measurement, not a check: how fast headless chromium redraws the map of Hangzhou and of a 30×30 grid
 * while zooming (full redraws in requestAnimationFrame, timed in the page). Runs only when asked:
 * {@code mvn -q test -pl traffic,app -Dtest=CanvasFrameRateTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsmartcity.canvasFps=/work/shared/data/traffic}; prints one line per network. See docs/dashboard.md.
 */
class CanvasFrameRateTest {
    @TempDir
    Path dir;

    @Test
    void measureRedrawRate() throws Exception {
        String data = System.getProperty("smartcity.canvasFps");
        Assumptions.assumeTrue(data != null, "a measurement: run with -Dsmartcity.canvasFps=DATA_DIR");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromedriver")), "no chromium-driver");
        Path hangzhou = Path.of(data, "hangzhou_4x4");
        if (Files.isDirectory(hangzhou)) {
            measure(
                    "Hangzhou 4x4",
                    Scenario.loadCityFlow(
                            hangzhou.resolve("roadnet_4_4.json"), hangzhou.resolve("anon_4_4_hangzhou_real.json")));
        }
        GridGenerator.GridFiles grid = new GridGenerator().write(GridSpec.of(30, 30), dir.resolve("grid30"));
        measure("grid 30x30", Scenario.loadCityFlow(grid.roadnet(), grid.flow()));
    }

    private void measure(String name, Scenario scenario) throws Exception {
        LiveTwin.Settings settings = LiveTwin.Settings.of("max-pressure").withSpeed(5);
        TrafficDashboard dashboard = new TrafficDashboard(
                scenario, settings, dir.resolve("uploads"), Optional.empty(), new TestOperators.RecordingLog());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        WebDriver driver = null;
        try (WebServer server = WebServer.start("127.0.0.1", 0, TestOperators.AUTHENTICATOR, List.of(dashboard))) {
            driver = new ChromeDriver(
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                            .build(),
                    options);
            String base = "http://127.0.0.1:" + server.port();
            driver.get(base + "/traffic/style.css");
            driver.manage().addCookie(new Cookie("test-user", "wang:TRAFFIC_OPERATOR"));
            driver.get(base + "/traffic/index.html");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            new WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                    .until(d -> Boolean.TRUE.equals(js.executeScript(
                            "return window.dashboard.state.frame != null && window.dashboard.map.drawCount > 1")));
            Thread.sleep(3000); // a few frames arrive and are drawn
            driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) js.executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; window.dashboard.map.measureFps(180).then(done);");
            assertThat(((Number) r.get("frames")).intValue()).isEqualTo(180);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "canvas %s: %d lanes, %.1f fps over 180 redraws, mean draw %.1f ms%n",
                    name,
                    scenario.network().laneCount(),
                    ((Number) r.get("fps")).doubleValue(),
                    ((Number) r.get("meanDraw_ms")).doubleValue());
        } finally {
            if (driver != null) {
                driver.quit();
            }
        }
    }
}
