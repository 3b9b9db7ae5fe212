package org.smartcity.app.web.traffic;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcity.traffic.live.ControllerComparison;

/**
 * At most one controller comparison at a time, run on a background thread so the live twin and the
 * requests go on; its progress and results are read by polling {@link #status()}. Thread-safe.
 */
final class ComparisonJob implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ComparisonJob.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "controller-comparison");
        t.setDaemon(true);
        return t;
    });
    private ControllerComparison running;
    private List<ControllerComparison.Result> results = List.of();
    private String state = "idle";
    private String error = "";
    private String scenario = "";

    /**
     * Starts {@code comparison} on the background thread.
     *
     * @return false when another comparison is still running (nothing is started)
     */
    synchronized boolean start(ControllerComparison comparison, String scenarioName) {
        if (running != null) {
            return false;
        }
        running = comparison;
        results = List.of();
        state = "running";
        error = "";
        scenario = scenarioName;
        worker.execute(() -> {
            try {
                List<ControllerComparison.Result> r = comparison.run();
                finish("done", r, "");
            } catch (RuntimeException e) {
                LOG.warn("controller comparison failed", e);
                finish("failed", List.of(), String.valueOf(e.getMessage()));
            }
        });
        return true;
    }

    private synchronized void finish(String newState, List<ControllerComparison.Result> r, String message) {
        running = null;
        state = newState;
        results = r;
        error = message;
    }

    /** State ({@code idle}, {@code running}, {@code done}, {@code failed}), steps done and total, results. */
    synchronized Map<String, Object> status() {
        long done = running == null ? 0 : running.stepsDone();
        long total = running == null ? 0 : running.totalSteps();
        return Map.of(
                "state", state,
                "scenario", scenario,
                "stepsDone", done,
                "stepsTotal", total,
                "results", results,
                "error", error);
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.cancel();
        }
        worker.shutdownNow();
    }
}
