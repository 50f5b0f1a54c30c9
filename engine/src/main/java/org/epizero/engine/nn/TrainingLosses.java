package org.epizero.engine.nn;

/**
 * Losses over one batch. Per-sample losses are in nats (policy cross-entropy against the target
 * distribution) and squared value error; the means are over the batch.
 *
 * @param policyLosses per-sample policy cross-entropy {@code -sum_a pi(a) log p(a)}
 * @param valueLosses per-sample {@code (v - z)^2}
 * @param meanPolicyLoss mean of {@code policyLosses}
 * @param meanValueLoss mean of {@code valueLosses}
 * @param l2Penalty {@code c * sum(w^2)} at the time of the forward pass (0 when not training)
 * @param gradientNorm global gradient norm before clipping (NaN when not training)
 */
public record TrainingLosses(float[] policyLosses, float[] valueLosses, double meanPolicyLoss,
        double meanValueLoss, double l2Penalty, double gradientNorm) {

    /** The objective that was minimised: policy + weighted value + L2. */
    public double total(float valueLossWeight) {
        return meanPolicyLoss + valueLossWeight * meanValueLoss + l2Penalty;
    }
}
