package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.epizero.selfplay.loop.LoopListener;
import org.epizero.selfplay.run.GenerationMetrics;

/** Draws a progress bar per phase on stderr and prints one summary line per generation. */
final class TrainingProgressBars implements LoopListener {

    private final PrintWriter out;
    private final boolean quiet;
    private ProgressBar bar;

    TrainingProgressBars(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    @Override
    public void phaseStarted(int generation, String phase, long total) {
        if (!quiet) {
            bar = new ProgressBarBuilder().setTaskName("gen " + generation + " " + phase).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build();
        }
    }

    @Override
    public void progress(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void phaseFinished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public void generationFinished(GenerationMetrics metrics) {
        out.println(metrics.summary());
        out.flush();
    }

    @Override
    public void note(String message) {
        out.println(message);
        out.flush();
    }
}
