package org.epizero.analysis.estimate;

import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.observer.TrainingConfig;

/**
 * How a measurement runs.
 *
 * @param kind the estimator
 * @param batchTokens target positions per training step, padding included: a batch holds
 *     {@code max(1, batchTokens / contextLength)} packed rows
 * @param training the optimiser settings of every observer in the run
 * @param heldOutFraction share of sequences held out (used when the corpus is split here)
 * @param checkpoints how many points along the run are scored on held-out data, geometrically spaced
 *     in steps (the last is always the end of the run); these are the candidates for the compute
 *     frontier
 * @param checkpointHeldOutTokens held-out targets used at intermediate checkpoints (the final
 *     checkpoint uses all of the held-out data)
 * @param curvePoints the most points kept of the online loss curve
 * @param klThreshold requential: while the student's last KL exceeds this many nats per scored
 *     token, the teacher waits and the student takes another synthetic batch
 * @param maxStudentSteps requential: a safety limit on the student steps per teacher step, far
 *     above what a student that keeps up needs; teacher steps that reach it are counted in the
 *     result ({@link EstimateResult#studentLimitHits()})
 * @param emaSteps requential: time constant of the teacher average in steps; 0 samples from the
 *     teacher itself
 */
public record EstimatorConfig(
        EstimatorKind kind,
        int batchTokens,
        TrainingConfig training,
        double heldOutFraction,
        int checkpoints,
        int checkpointHeldOutTokens,
        int curvePoints,
        double klThreshold,
        int maxStudentSteps,
        int emaSteps) {

    /**
     * Prequential, 2048 positions per step, 10% held out, 16 checkpoints; requential: KL threshold
     * 0.1 nats per token, at most 50 student steps per teacher step, a teacher average over 10 steps.
     * The threshold sits above the student's own noise floor (the KL its SGD noise alone keeps up,
     * 0.02 to 0.05 nats per token at our learning rates on high-entropy data), so a student that
     * keeps up takes one or two steps per teacher step; nearer the floor it spends the safety limit
     * and S grows with every wasted step. The price is H: the student may trail the teacher by up to
     * the threshold.
     */
    public static final EstimatorConfig DEFAULT =
            new EstimatorConfig(EstimatorKind.PREQUENTIAL, 2048, TrainingConfig.DEFAULT, 0.1, 16, 16_384, 200, 0.1, 50, 10);

    public EstimatorConfig {
        if (batchTokens < 1 || checkpoints < 1 || checkpointHeldOutTokens < 1 || curvePoints < 2) {
            throw new IllegalArgumentException("batch tokens, checkpoints and curve points must be positive");
        }
        if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
            throw new IllegalArgumentException("held-out fraction must be in (0, 1), got " + heldOutFraction);
        }
        if (!(klThreshold >= 0) || maxStudentSteps < 1 || emaSteps < 0) {
            throw new IllegalArgumentException("KL threshold, student steps or EMA steps out of range");
        }
    }

    /** Fewest positions per step {@link #defaultsFor} chooses. */
    static final int MIN_BATCH_TOKENS = 1024;

    /** Most positions per step {@link #defaultsFor} chooses: larger steps no longer run faster per position. */
    static final int MAX_BATCH_TOKENS = 8192;

    /**
     * The defaults for an observer and a measured X of {@code datasetTokens} tokens: the learning
     * rate scaled to the observer ({@link TrainingConfig#scaledFor}), and 2048 positions per step
     * at 1 M tokens (the budget the recipe was tuned at) scaled with the square root of the budget:
     * the power of two nearest {@code 2048 sqrt(D / 1 M)}, within [{@value #MIN_BATCH_TOKENS},
     * {@value #MAX_BATCH_TOKENS}]. Larger budgets then take both more steps and larger ones (the
     * batch a step can use grows as the loss falls), and run in the batches that train fastest per
     * position; small ones keep enough updates to learn.
     */
    public static EstimatorConfig defaultsFor(ObserverSpec spec, long datasetTokens) {
        return DEFAULT.withTraining(TrainingConfig.scaledFor(spec)).withBatchTokens(batchTokensFor(datasetTokens));
    }

    static int batchTokensFor(long datasetTokens) {
        double ideal = DEFAULT.batchTokens * Math.sqrt(Math.max(1, datasetTokens) / 1e6);
        int pow2 = 1 << (int) Math.round(Math.log(ideal) / Math.log(2));
        return Math.max(MIN_BATCH_TOKENS, Math.min(MAX_BATCH_TOKENS, pow2));
    }

    public EstimatorConfig withKind(EstimatorKind k) {
        return new EstimatorConfig(k, batchTokens, training, heldOutFraction, checkpoints, checkpointHeldOutTokens,
                curvePoints, klThreshold, maxStudentSteps, emaSteps);
    }

    public EstimatorConfig withBatchTokens(int b) {
        return new EstimatorConfig(kind, b, training, heldOutFraction, checkpoints, checkpointHeldOutTokens,
                curvePoints, klThreshold, maxStudentSteps, emaSteps);
    }

    public EstimatorConfig withTraining(TrainingConfig t) {
        return new EstimatorConfig(kind, batchTokens, t, heldOutFraction, checkpoints, checkpointHeldOutTokens,
                curvePoints, klThreshold, maxStudentSteps, emaSteps);
    }

    public EstimatorConfig withCheckpoints(int count, int heldOutTokens) {
        return new EstimatorConfig(kind, batchTokens, training, heldOutFraction, count, heldOutTokens,
                curvePoints, klThreshold, maxStudentSteps, emaSteps);
    }

    public EstimatorConfig withRequential(double threshold, int maxSteps, int ema) {
        return new EstimatorConfig(kind, batchTokens, training, heldOutFraction, checkpoints, checkpointHeldOutTokens,
                curvePoints, threshold, maxSteps, ema);
    }
}
