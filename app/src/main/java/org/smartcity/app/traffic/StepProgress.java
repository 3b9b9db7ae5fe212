package org.smartcity.app.traffic;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error for long runs, or nothing when disabled. */
final class StepProgress implements AutoCloseable {
    private final ProgressBar bar;

    private StepProgress(ProgressBar bar) {
        this.bar = bar;
    }

    static StepProgress start(String task, long total, boolean disabled) {
        if (disabled) {
            return new StepProgress(null);
        }
        return new StepProgress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(500)
                .build());
    }

    void stepTo(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
