package org.smartcity.app.web.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smartcity.app.web.WebServer;
import org.smartcity.traffic.detect.DetectorLayout;
import org.smartcity.traffic.live.LiveTwin;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.replay.ReplayWriter;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;

/**
 * The dashboard in Debian's headless chromium: the map renders the network, a junction's phase changes
 * over time, switching the controller changes the KPIs. Writes screenshots to target/screenshots/ (copies kept in docs/screenshots/). Skipped
 * when /usr/bin/chromedriver is missing ({@code apt-get install -y chromium chromium-driver fonts-wqy-zenhei}).
 */
class DashboardBrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go; copy them to docs/screenshots/ by hand when the pages change. */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    private WebServer server;
    private TrafficDashboard dashboard;
    private WebDriver driver;
    private Scenario scenario;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromium-driver is not installed");
        Path bench = dir.resolve("bench");
        Files.createDirectories(bench);
        Files.writeString(
                bench.resolve("results.json"),
                "[" + row("plan", "native", 310.2) + "," + row("fixed-cycle", "cityflow", 402.7) + ","
                        + row("max-pressure", "cityflow", 261.4) + "]");
        scenario = TestOperators.grid(dir, 3);
        LiveTwin.Settings settings = new LiveTwin.Settings(
                "max-pressure", SignalProtocol.CITYFLOW, SimulationConfig.DEFAULT, 30, 3600, 10, false);
        dashboard = new TrafficDashboard(
                scenario, settings, dir.resolve("uploads"), Optional.of(bench), new TestOperators.RecordingLog());
        server = WebServer.start("127.0.0.1", 0, TestOperators.AUTHENTICATOR, List.of(dashboard));

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                        .build(),
                options);
        driver.get(base() + "/traffic/style.css");
        driver.manage().addCookie(new Cookie("test-user", "wang:TRAFFIC_OPERATOR"));
    }

    private static String row(String controller, String protocol, double att) {
        return "{\"network\":\"grid\",\"flow\":\"flow_3x3\",\"controller\":\"" + controller + "\",\"protocol\":\""
                + protocol + "\",\"vehicles\":900,\"averageTravelTime_s\":" + att
                + ",\"averageDelay_s\":50,\"throughput\":800,\"maxWait_s\":30,\"maxEntryWait_s\":0,"
                + "\"decision_ms\":1,\"decisions\":5,\"wall_s\":0.5}";
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theMapShowsTheNetworkAndItsSignalsAndAControllerSwitchChangesTheKpis() throws Exception {
        driver.get(base() + "/traffic/index.html");
        waitUpTo(30)
                .until(d -> js("return window.dashboard.state.frame != null && window.dashboard.map.drawCount > 1")
                        .equals(Boolean.TRUE));

        // the map renders the network: every lane has a path, and the canvas shows more than background
        long lanes = (Long) js("return window.dashboard.map.lanes.length");
        assertThat(lanes).isEqualTo(scenario.network().laneCount());
        long drawn = (Long) js("const c = document.getElementById('map');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + "for (let i = 0; i < d.length; i += 4) { if (d[i] + d[i+1] + d[i+2] > 200) n++; } return n;");
        assertThat(drawn).as("bright pixels of lanes and signal heads").isGreaterThan(2000);
        // the header names the operator and offers a sign-out (issue 17, item 11)
        waitUpTo(10).until(d -> "wang".equals(d.findElement(By.id("user")).getText()));
        assertThat(driver.findElement(By.id("logout")).isDisplayed()).isTrue();

        // the phase shown at one junction changes over time (the twin runs at ×30, a decision every 15 s)
        Set<Long> phases = new HashSet<>();
        for (int i = 0; i < 200 && phases.size() < 3; i++) {
            phases.add((Long) js("return window.dashboard.state.frame.phases[0]"));
            Thread.sleep(150);
        }
        assertThat(phases).as("phases seen at the first junction").hasSizeGreaterThanOrEqualTo(2);

        // click the centre junction: its phase plan and queues appear
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("const g = window.dashboard.state.geometry; const m = window.dashboard.map;"
                + "const j = g.junctions.find(x => x.id === 'intersection_2_2');"
                + "const p = m.toScreen(j.x_m, j.y_m); const r = m.canvas.getBoundingClientRect();"
                + "return [p[0] / devicePixelRatio - r.width / 2, p[1] / devicePixelRatio - r.height / 2];");
        WebElement canvas = driver.findElement(By.id("map"));
        new Actions(driver)
                .moveToElement(canvas, at.get(0).intValue(), at.get(1).intValue())
                .click()
                .perform();
        waitUpTo(30).until(d -> d.findElement(By.id("junction")).getText().contains("intersection_2_2"));
        assertThat(driver.findElement(By.id("junction")).getText()).contains("max-pressure");
        Thread.sleep(1500); // let the KPI chart gather a few points for the screenshot
        screenshot("dashboard-map.png");

        // pause, switch every junction to fixed-cycle, run 300 steps: the KPIs leave the max-pressure run
        driver.findElement(By.id("pause")).click();
        waitUpTo(30).until(d -> "PAUSED".equals(js("return window.dashboard.state.frame.status")));
        long pausedAt = (Long) js("return window.dashboard.state.frame.step");
        new Select(driver.findElement(By.id("controller"))).selectByValue("fixed-cycle");
        driver.findElement(By.id("applyAll")).click();
        waitUpTo(30).until(d -> d.findElement(By.id("junction")).getText().contains("fixed-cycle"));
        WebElement count = driver.findElement(By.id("stepCount"));
        count.clear();
        count.sendKeys("300");
        driver.findElement(By.id("step")).click();
        waitUpTo(30).until(d -> ((Long) js("return window.dashboard.state.frame.step")) == pausedAt + 300);

        Simulation reference = scenario.newSimulation(
                SignalControllers.builtIn().get("max-pressure").factory(),
                SignalProtocol.CITYFLOW,
                SimulationConfig.DEFAULT);
        reference.run((int) pausedAt + 300);
        String shown = driver.findElement(By.id("kpiAtt")).getText();
        double served = dashboard.twin().latestFrame().kpi().averageTravelTime_s();
        assertThat(shown).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", served));
        assertThat(served)
                .as("ATT after switching to fixed-cycle vs the max-pressure run")
                .isNotEqualTo(reference.summary().averageTravelTime_s());
        screenshot("dashboard-switched.png");
    }

    @Test
    void theLanguageSwitchWorksUnderThePagesContentSecurityPolicy() {
        driver.get(base() + "/traffic/index.html");
        WebElement pause = driver.findElement(By.id("pause"));
        waitUpTo(30).until(d -> !pause.getText().isEmpty());
        String before = pause.getText();
        driver.findElement(By.id("lang")).click(); // wired in i18n.js: the CSP runs no onclick attribute
        waitUpTo(30).until(d -> !pause.getText().equals(before));
        assertThat(List.of(before, pause.getText())).containsExactlyInAnyOrder("暂停", "Pause");
        driver.findElement(By.id("lang")).click();
        waitUpTo(30).until(d -> pause.getText().equals(before));
    }

    @Test
    void anIncidentInjectedFromThePanelRaisesAnAlarmOnTheMapAndInTheList() throws Exception {
        driver.get(base() + "/traffic/index.html");
        waitUpTo(30)
                .until(d -> js("return window.dashboard.state.frame != null").equals(Boolean.TRUE));
        driver.findElement(By.id("pause")).click();
        waitUpTo(30).until(d -> "PAUSED".equals(js("return window.dashboard.state.frame.status")));
        RoadNetwork n = scenario.network();
        String road = DetectorLayout.monitoredRoads(n).stream()
                .filter(r -> n.isVirtual(n.roadFrom(r)))
                .map(n::roadId)
                .findFirst()
                .orElseThrow();
        new Select(driver.findElement(By.id("incidentRoad"))).selectByValue(road);
        WebElement position = driver.findElement(By.id("incidentPosition"));
        position.clear();
        position.sendKeys("200");
        driver.findElement(By.cssSelector("#incidentForm button")).click();
        waitUpTo(30).until(d -> d.findElement(By.id("message")).getText().startsWith("✓"));
        WebElement count = driver.findElement(By.id("stepCount"));
        count.clear();
        count.sendKeys("60");
        driver.findElement(By.id("step")).click();
        waitUpTo(30)
                .until(d -> !d.findElements(By.cssSelector("#alarms tr.alarm")).isEmpty());
        assertThat(driver.findElement(By.id("alarms")).getText()).contains(road);
        assertThat((Long) js("return window.dashboard.map.alarmLanes.length")).isPositive();
        screenshot("dashboard-alarm.png");
    }

    @Test
    void anAmbulanceDispatchedFromThePanelIsDrawnWithItsRouteAndReportsItsResult() throws Exception {
        driver.get(base() + "/traffic/index.html");
        waitUpTo(30)
                .until(d -> js("return window.dashboard.state.frame != null && window.dashboard.map.drawCount > 0")
                        .equals(Boolean.TRUE));
        driver.findElement(By.id("pause")).click();
        waitUpTo(30).until(d -> "PAUSED".equals(js("return window.dashboard.state.frame.status")));
        long cyanBefore = cyanPixels();

        // the origin picked on the map: click the middle of the lanes of the first road into the grid
        RoadNetwork n = scenario.network();
        String origin = null;
        String destination = null;
        for (int r = 0; r < n.roadCount(); r++) {
            if (origin == null && n.isVirtual(n.roadFrom(r))) {
                origin = n.roadId(r);
            }
            if (n.isVirtual(n.roadTo(r))) {
                destination = n.roadId(r);
            }
        }
        driver.findElement(By.id("pickOrigin")).click();
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js(
                "const g = window.dashboard.state.geometry; const m = window.dashboard.map;"
                        + "const road = g.roads.find(r => r.id === arguments[0]); const p = road.points_m;"
                        + "const n = p.length / 2, mx = (p[0] + p[2 * n - 2]) / 2, my = (p[1] + p[2 * n - 1]) / 2;"
                        + "let dx = p[2 * n - 2] - p[0], dy = p[2 * n - 1] - p[1]; const len = Math.hypot(dx, dy);"
                        + "const off = road.lanes * road.laneWidth_m / 2;"
                        + "const s = m.toScreen(mx + dy / len * off, my - dx / len * off);"
                        + "const r = m.canvas.getBoundingClientRect();"
                        + "return [s[0] / devicePixelRatio - r.width / 2, s[1] / devicePixelRatio - r.height / 2];",
                origin);
        new Actions(driver)
                .moveToElement(
                        driver.findElement(By.id("map")),
                        at.get(0).intValue(),
                        at.get(1).intValue())
                .click()
                .perform();
        String picked = origin;
        waitUpTo(10)
                .until(d -> picked.equals(new Select(d.findElement(By.id("ambulanceOrigin")))
                        .getFirstSelectedOption()
                        .getAttribute("value")));
        // the destinations offered are exactly the roads reachable from the origin, named with heading and ends
        Set<String> reachable = reachableRoads(n, origin);
        List<WebElement> offered = new Select(driver.findElement(By.id("ambulanceDestination"))).getOptions();
        assertThat(offered)
                .extracting(o -> o.getAttribute("value"))
                .containsExactlyInAnyOrderElementsOf(reachable)
                .doesNotContain(origin);
        assertThat(offered.get(0).getText())
                .contains("行")
                .contains("→")
                .contains("(" + offered.get(0).getAttribute("value") + ")");
        new Select(driver.findElement(By.id("ambulanceDestination"))).selectByValue(destination);
        driver.findElement(By.id("dispatch")).click();
        waitUpTo(30)
                .until(d -> d.findElement(By.id("ambulanceMessage")).getText().startsWith("✓"));
        WebElement count = driver.findElement(By.id("stepCount"));
        count.clear();
        count.sendKeys("40");
        driver.findElement(By.id("step")).click();
        waitUpTo(30).until(d -> "DRIVING".equals(js("return window.dashboard.state.frame.ambulance.state")));
        waitUpTo(10).until(d -> cyanPixels() > cyanBefore + 2000);
        assertThat(driver.findElement(By.id("ambulance")).getText()).contains(origin, destination);
        screenshot("dashboard-ambulance.png");

        count.clear();
        count.sendKeys("900");
        driver.findElement(By.id("step")).click();
        waitUpTo(60).until(d -> "ARRIVED".equals(js("return window.dashboard.state.frame.ambulance.state")));
        waitUpTo(10)
                .until(d ->
                        !d.findElements(By.cssSelector("#ambulance .result")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#ambulance .result")).getText())
                .endsWith(" s");
        waitUpTo(10).until(d -> cyanPixels() < cyanBefore + 500);
    }

    /** Ids of the roads reachable from {@code originId} through the network's road links (breadth first). */
    private static Set<String> reachableRoads(RoadNetwork n, String originId) {
        int origin = -1;
        for (int r = 0; r < n.roadCount(); r++) {
            if (n.roadId(r).equals(originId)) {
                origin = r;
            }
        }
        java.util.BitSet seen = new java.util.BitSet();
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(origin));
        seen.set(origin);
        while (!queue.isEmpty()) {
            int r = queue.poll();
            for (int l = 0; l < n.roadLinkCount(); l++) {
                if (n.roadLinkFromRoad(l) == r && !seen.get(n.roadLinkToRoad(l))) {
                    seen.set(n.roadLinkToRoad(l));
                    queue.add(n.roadLinkToRoad(l));
                }
            }
        }
        seen.clear(origin);
        Set<String> out = new java.util.HashSet<>();
        seen.stream().forEach(r -> out.add(n.roadId(r)));
        return out;
    }

    /** Pixels of the route band's colour on the map canvas. */
    private long cyanPixels() {
        return (Long) js("const m = window.dashboard.map; m.draw(); const c = m.canvas;"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + "for (let i = 0; i < d.length; i += 4) { if (d[i] < 110 && d[i+1] > 110 && d[i+2] > 140) n++; }"
                + "return n;");
    }

    @Test
    void theComparisonPageShowsBenchmarkResultsAndRunsAComparisonWithProgress() throws Exception {
        driver.get(base() + "/traffic/compare.html");
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("#benchTable tr")).size() == 4);
        assertThat(driver.findElement(By.id("benchTable")).getText()).contains("max-pressure", "261.4");
        new Select(driver.findElement(By.id("a"))).selectByValue("fixed-cycle");
        new Select(driver.findElement(By.id("b"))).selectByValue("max-pressure");
        WebElement steps = driver.findElement(By.id("steps"));
        steps.clear();
        steps.sendKeys("300");
        driver.findElement(By.id("start")).click();
        waitUpTo(60)
                .until(d -> d.findElements(By.cssSelector("#compareResults tr")).size() == 3);
        String results = driver.findElement(By.id("compareResults")).getText();
        assertThat(results).contains("fixed-cycle", "max-pressure");
        assertThat(js("return document.getElementById('progress').value")).isEqualTo(1L);
        screenshot("dashboard-compare.png");
    }

    @Test
    void aReplayFileOfTheLoadedNetworkPlaysBack() throws Exception {
        Path replay = dir.resolve("replay.txt.gz");
        Simulation recorded = scenario.newSimulation(
                SignalControllers.builtIn().get("plan").factory(), SignalProtocol.NATIVE, SimulationConfig.DEFAULT);
        try (ReplayWriter writer = ReplayWriter.open(replay, recorded)) {
            recorded.addObserver(writer);
            recorded.run(240);
        }
        driver.get(base() + "/traffic/replay.html");
        waitUpTo(30).until(d -> Boolean.TRUE.equals(js("return window.replayView.geometry != null")));
        driver.findElement(By.id("file")).sendKeys(replay.toAbsolutePath().toString());
        waitUpTo(30).until(d -> d.findElement(By.id("message")).getText().contains("240"));
        new Select(driver.findElement(By.id("rate"))).selectByValue("60");
        driver.findElement(By.id("play")).click();
        waitUpTo(60).until(d -> Boolean.TRUE.equals(js("return window.replayView.replay.index >= 200")));
        long shown = Long.parseLong(driver.findElement(By.id("count")).getText());
        assertThat(shown).as("vehicles drawn at the step shown").isPositive();
        screenshot("dashboard-replay.png");

        Path other = dir.resolve("other.txt.gz");
        Scenario small = TestOperators.grid(dir.resolve("small"), 1);
        Simulation elsewhere = small.newSimulation(
                SignalControllers.builtIn().get("plan").factory(), SignalProtocol.NATIVE, SimulationConfig.DEFAULT);
        try (ReplayWriter writer = ReplayWriter.open(other, elsewhere)) {
            elsewhere.addObserver(writer);
            elsewhere.run(5);
        }
        driver.findElement(By.id("file")).sendKeys(other.toAbsolutePath().toString());
        waitUpTo(30).until(d -> d.findElement(By.id("message")).getText().contains("other.txt.gz"));
        assertThat(driver.findElement(By.id("message")).getText()).contains("recorded on another network");
    }

    @Test
    void withoutSignInThePageGoesToSignInAndWithoutTheRoleItSaysWhichIsNeeded() {
        driver.manage().deleteAllCookies();
        driver.get(base() + "/traffic/compare.html");
        waitUpTo(30).until(d -> d.getCurrentUrl().endsWith("/login"));
        driver.get(base() + "/traffic/style.css");
        driver.manage().addCookie(new Cookie("test-user", "zhang:POLICE"));
        driver.get(base() + "/traffic/index.html");
        assertThat(driver.findElement(By.id("role-needed")).getText())
                .contains("zhang")
                .contains("交通运营");
        assertThat(driver.findElements(By.id("map"))).isEmpty();
    }
}
