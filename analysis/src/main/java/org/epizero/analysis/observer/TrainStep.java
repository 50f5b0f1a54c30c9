package org.epizero.analysis.observer;

/**
 * What one training step saw before its update.
 *
 * @param loss the batch's loss under the parameters before the update (the prequential cost)
 * @param logProbs if requested, the pre-update log-probabilities {@code [B,T,V]} row-major; else null
 */
public record TrainStep(LossSum loss, float[] logProbs) {}
