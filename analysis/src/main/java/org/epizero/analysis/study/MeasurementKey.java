package org.epizero.analysis.study;

import org.epizero.analysis.estimate.EstimatorKind;

/**
 * What identifies one measurement of a study, so a rerun can skip it: the corpus, its tokeniser and
 * size, the observer, the seed and the estimator.
 *
 * @param corpus the corpus label
 * @param tokeniser how it was tokenised
 * @param scoredTokens scored tokens of X
 * @param observer the observer's name
 * @param contextLength the observer's context
 * @param seed the measurement seed
 * @param estimator the estimator
 */
public record MeasurementKey(String corpus, String tokeniser, long scoredTokens, String observer, int contextLength,
        long seed, EstimatorKind estimator) {}
