package org.epizero.analysis.observer;

/**
 * How an observer is trained: Adam with a linear warm-up to a constant learning rate (constant so
 * that every point along a run is a fair candidate model), and gradients clipped by their global
 * norm.
 *
 * @param learningRate the constant rate after warm-up
 * @param warmupSteps steps of linear warm-up from near zero
 * @param beta1 Adam's first-moment decay
 * @param beta2 Adam's second-moment decay
 * @param gradClipNorm the largest global gradient norm; 0 or less disables clipping
 */
public record TrainingConfig(float learningRate, int warmupSteps, float beta1, float beta2, float gradClipNorm) {

    /** Rate 3e-3, 20 warm-up steps, betas 0.9/0.99, clip at 1. */
    public static final TrainingConfig DEFAULT = new TrainingConfig(3e-3f, 20, 0.9f, 0.99f, 1f);

    public TrainingConfig {
        if (!(learningRate > 0) || warmupSteps < 0) {
            throw new IllegalArgumentException("learning rate must be positive and warm-up non-negative");
        }
        if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam betas must be in [0, 1)");
        }
    }

    /**
     * The default settings with a learning rate scaled to the observer: {@code 0.32 / width}, at
     * most 1e-2 (1e-2 for tiny and small, 5e-3 for medium, 3.3e-3 for large). Wider networks need
     * smaller steps; with a constant rate this keeps the final model's noise low without slowing
     * the small observers down.
     */
    public static TrainingConfig scaledFor(ObserverSpec spec) {
        return DEFAULT.withLearningRate(Math.min(1e-2f, 0.32f / spec.width()));
    }

    public TrainingConfig withLearningRate(float rate) {
        return new TrainingConfig(rate, warmupSteps, beta1, beta2, gradClipNorm);
    }

    public TrainingConfig withWarmupSteps(int steps) {
        return new TrainingConfig(learningRate, steps, beta1, beta2, gradClipNorm);
    }

    /** The learning rate at 1-based update {@code step}. */
    public float rateAt(int step) {
        return step > warmupSteps ? learningRate : learningRate * step / (warmupSteps + 1f);
    }
}
