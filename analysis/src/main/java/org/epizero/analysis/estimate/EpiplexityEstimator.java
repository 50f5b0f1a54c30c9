package org.epizero.analysis.estimate;

import ai.djl.ndarray.NDManager;
import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.tokens.CorpusSplit;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.analysis.tokens.TemplateGrammar;
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
     * measures the training part; a requential measurement samples sequences shaped like the
     * training sequences ({@link TemplateGrammar}).
     */
    public static EstimateResult measure(
            TokenCorpus corpus, ObserverSpec spec, EstimatorConfig config, long seed, ProgressListener listener) {
        return measure(CorpusSplit.split(corpus, config.heldOutFraction(), seed), spec, config, seed, listener);
    }

    /** As {@link #measure(TokenCorpus, ObserverSpec, EstimatorConfig, long, ProgressListener)}, with the corpus's own grammar. */
    public static EstimateResult measure(TokenCorpus corpus, ObserverSpec spec, EstimatorConfig config, long seed,
            ProgressListener listener, SampleGrammar grammar) {
        return measure(CorpusSplit.split(corpus, config.heldOutFraction(), seed), spec, config, seed, listener, grammar);
    }

    /**
     * Measures {@code split.train()}, scoring final models on {@code split.heldOut()}; a requential
     * measurement samples sequences shaped like the training sequences ({@link TemplateGrammar}).
     */
    public static EstimateResult measure(
            CorpusSplit split, ObserverSpec spec, EstimatorConfig config, long seed, ProgressListener listener) {
        return measure(split, spec, config, seed, listener, new TemplateGrammar(split.train()));
    }

    /**
     * Measures {@code split.train()}, scoring final models on {@code split.heldOut()}.
     *
     * @param grammar how the requential teacher writes synthetic sequences of this corpus (given
     *     and sampled tokens, and where a sequence ends); the prequential estimator ignores it
     */
    public static EstimateResult measure(CorpusSplit split, ObserverSpec spec, EstimatorConfig config, long seed,
            ProgressListener listener, SampleGrammar grammar) {
        Measurement measurement = new Measurement(split, spec, config, seed, listener);
        try (NDManager manager = NDManager.newBaseManager()) {
            return switch (config.kind()) {
                case PREQUENTIAL -> PrequentialEstimator.run(measurement, manager);
                case REQUENTIAL -> RequentialEstimator.run(measurement, manager, grammar);
            };
        }
    }
}
