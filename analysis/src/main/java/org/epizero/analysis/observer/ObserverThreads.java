package org.epizero.analysis.observer;

import org.epizero.engine.nn.NativeThreads;

/**
 * PyTorch's intra-op threads for the observers trained on the calling thread. Two observers on
 * two threads with one PyTorch thread each train faster in total than one observer with two
 * threads (the small operations of a step do not split well), so a study of several measurements
 * runs them side by side ({@code BENCHMARKS.md} has the figures). libtorch keeps the setting per
 * thread (OpenMP's thread-count variable is per thread), so every worker sets its own.
 */
public final class ObserverThreads {

    private ObserverThreads() {}

    /** Processor cores available to this process. */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** PyTorch threads each of {@code workers} side-by-side observers gets on this machine: at least one. */
    public static int perWorker(int workers) {
        return Math.max(1, cores() / Math.max(1, workers));
    }

    /** Sets the PyTorch intra-op threads of the calling thread; a no-op on other engines. */
    public static void useOnThisThread(int threads) {
        NativeThreads.setIntraOpThreads(threads);
    }
}
