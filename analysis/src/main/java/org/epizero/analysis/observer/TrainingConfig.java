package org.epizero.analysis.observer;

/**
 * How an observer is trained: Adam with a linear warm-up to a constant learning rate (constant so
 * that every point along a run is a fair candidate model), gradients clipped by their global
 * norm, and a running average of the parameters that scores the final model.
 *
 * @param learningRate the constant rate after warm-up
 * @param warmupSteps steps of linear warm-up from near zero (a measurement caps it at a twentieth
 *     of its stream, so that the warm-up does not dominate the learning curve of a short one)
 * @param beta1 Adam's first-moment decay
 * @param beta2 Adam's second-moment decay
 * @param gradClipNorm the largest global gradient norm; 0 or less disables clipping
 * @param averageFraction the parameter average (an exponential moving average) spans this share
 *     of the steps taken so far: after {@code t} steps its time constant is
 *     {@code max(1, averageFraction * t)} steps; 0 scores the last iterate itself
 */
public record TrainingConfig(
        float learningRate, int warmupSteps, float beta1, float beta2, float gradClipNorm, double averageFraction) {

    /** Rate 2e-3, 50 warm-up steps, betas 0.9/0.98, clip at 1, average over the last tenth. */
    public static final TrainingConfig DEFAULT = new TrainingConfig(2e-3f, 50, 0.9f, 0.98f, 1f, 0.1);

    /** Width at which the scaled rate equals {@link #DEFAULT}'s. */
    static final int BASE_WIDTH = 128;

    /** Largest scaled rate: narrow observers gain nothing from larger steps and grow unstable. */
    static final float MAX_RATE = 6e-3f;

    public TrainingConfig {
        if (!(learningRate > 0) || warmupSteps < 0) {
            throw new IllegalArgumentException("learning rate must be positive and warm-up non-negative");
        }
        if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam betas must be in [0, 1)");
        }
        if (!(averageFraction >= 0 && averageFraction < 1)) {
            throw new IllegalArgumentException("average fraction must be in [0, 1), got " + averageFraction);
        }
    }

    /**
     * The default settings with the learning rate scaled inversely with width (as muP prescribes
     * for Adam on hidden matrices): {@code 2e-3 * 128 / width}, at most {@value #MAX_RATE}.
     */
    public static TrainingConfig scaledFor(ObserverSpec spec) {
        return DEFAULT.withLearningRate(Math.min(MAX_RATE, DEFAULT.learningRate * BASE_WIDTH / spec.width()));
    }

    public TrainingConfig withLearningRate(float rate) {
        return new TrainingConfig(rate, warmupSteps, beta1, beta2, gradClipNorm, averageFraction);
    }

    public TrainingConfig withWarmupSteps(int steps) {
        return new TrainingConfig(learningRate, steps, beta1, beta2, gradClipNorm, averageFraction);
    }

    /** The learning rate at 1-based update {@code step}. */
    public float rateAt(int step) {
        return step > warmupSteps ? learningRate : learningRate * step / (warmupSteps + 1f);
    }

    /** The weight the average keeps of itself after 1-based update {@code step}. */
    public float averageKeepAt(int step) {
        double timeConstant = Math.max(1, averageFraction * step);
        return (float) (1 - 1 / timeConstant);
    }
}
