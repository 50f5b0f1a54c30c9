package org.epizero.analysis.study;

import org.epizero.analysis.estimate.EstimateResult;

/**
 * One completed measurement of a study: a corpus, the observer's result on it, and the wall time.
 *
 * @param corpus where the corpus came from
 * @param result the estimate (observer, seed, estimator, S, H, N, D, D_X, T, loss curve, checkpoints)
 * @param seconds wall time of the measurement
 */
public record Measured(CorpusInfo corpus, EstimateResult result, double seconds) {

    /** The key under which this measurement is stored. */
    public MeasurementKey key() {
        return new MeasurementKey(corpus.label(), corpus.tokeniser(), result.datasetScoredTokens(), result.observer().name(),
                result.observer().contextLength(), result.seed(), result.estimator());
    }
}
