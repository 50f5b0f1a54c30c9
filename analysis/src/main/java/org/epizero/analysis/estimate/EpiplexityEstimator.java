package org.epizero.analysis.estimate;

import ai.djl.ndarray.NDManager;
import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.tokens.CorpusSplit;
import org.epizero.analysis.tokens.TokenCorpus;

/**
 * Measures the structural information S (epiplexity) and time-bounded entropy H of a token
 * dataset for one observer. Runs on the calling thread; with the same seed and the same number of
 * intra-op threads, results are bit-identical.
 */
public final class EpiplexityEstimator {

    private EpiplexityEstimator() {}

    /**
     * Splits the corpus (a seeded {@link EstimatorConfig#heldOutFraction()} held out), then
     * measures the training part.
     */
    public static EstimateResult measure(
            TokenCorpus corpus, ObserverSpec spec, EstimatorConfig config, long seed, ProgressListener listener) {
        return measure(CorpusSplit.split(corpus, config.heldOutFraction(), seed), spec, config, seed, listener);
    }

    /** Measures {@code split.train()}, scoring final models on {@code split.heldOut()}. */
    public static EstimateResult measure(
            CorpusSplit split, ObserverSpec spec, EstimatorConfig config, long seed, ProgressListener listener) {
        Measurement measurement = new Measurement(split, spec, config, seed, listener);
        try (NDManager manager = NDManager.newBaseManager()) {
            return switch (config.kind()) {
                case PREQUENTIAL -> PrequentialEstimator.run(measurement, manager);
                case REQUENTIAL -> RequentialEstimator.run(measurement, manager);
            };
        }
    }
}
