package org.epizero.selfplay.epiplexity;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.epizero.analysis.estimate.ProgressListener;

/**
 * One progress bar for a study's measurements, however many run at once: the bar counts finished
 * measurements plus the share done of the running ones, and names the running ones with their
 * latest loss. Silent when quiet.
 */
final class StudyProgress implements AutoCloseable {

    private static final int UNITS_PER_MEASUREMENT = 1000;

    private final ProgressBar bar;
    private final long[] done;
    private final Map<Integer, String> running = new TreeMap<>();

    StudyProgress(String title, int measurements, boolean quiet) {
        this.done = new long[measurements];
        this.bar = quiet || measurements == 0 ? null : new ProgressBarBuilder().setTaskName(title)
                .setInitialMax((long) measurements * UNITS_PER_MEASUREMENT).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" measurements", UNITS_PER_MEASUREMENT).setUpdateIntervalMillis(1000).build();
    }

    /** The listener of measurement {@code index}, shown as {@code label} while it runs. */
    ProgressListener listener(int index, String label) {
        return p -> update(index, label, p);
    }

    private synchronized void update(int index, String label, ProgressListener.Progress p) {
        if (bar == null) {
            return;
        }
        done[index] = p.tokensTotal() == 0 ? 0 : UNITS_PER_MEASUREMENT * p.tokensDone() / p.tokensTotal();
        running.put(index, String.format(Locale.ROOT, "%s %.3f", label, p.recentLossBits()));
        refresh();
    }

    /** Marks measurement {@code index} complete. */
    synchronized void finished(int index) {
        done[index] = UNITS_PER_MEASUREMENT;
        running.remove(index);
        if (bar != null) {
            refresh();
        }
    }

    private void refresh() {
        long total = 0;
        for (long d : done) {
            total += d;
        }
        bar.stepTo(total);
        bar.setExtraMessage(String.join("; ", running.values()) + (running.isEmpty() ? "" : " bits"));
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
