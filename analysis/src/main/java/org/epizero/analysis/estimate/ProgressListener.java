package org.epizero.analysis.estimate;

/** Receives progress of a measurement, for example to draw a progress bar. Called on the measuring thread. */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores progress. */
    ProgressListener NONE = progress -> {};

    void onProgress(Progress progress);

    /**
     * Where a measurement stands.
     *
     * @param tokensDone real-data training tokens consumed so far
     * @param tokensTotal real-data training tokens in the stream
     * @param recentLossBits mean online loss of the latest step, bits per scored token
     */
    record Progress(long tokensDone, long tokensTotal, double recentLossBits) {}
}
