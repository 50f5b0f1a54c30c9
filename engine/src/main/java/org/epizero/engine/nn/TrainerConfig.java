package org.epizero.engine.nn;

/**
 * Hyper-parameters of {@link NetworkTrainer}. Immutable; {@link #DEFAULT} holds the defaults.
 *
 * @param optimizer Adam, or SGD with momentum
 * @param learningRate step size (default 1e-3 for Adam; SGD usually wants about 0.02-0.2)
 * @param momentum SGD momentum (ignored by Adam); default 0.9
 * @param l2 coefficient {@code c} of the L2 term {@code c * sum(w^2)} over convolution and
 *     dense weights (BatchNorm scales and all biases are not decayed); default 1e-4
 * @param valueLossWeight weight of the value squared error against the policy cross-entropy; default 1
 * @param maxGradientNorm global gradient-norm clip, or 0 for none; default 0
 * @param augment apply a random symmetry of the game to every sample of every batch; default true
 * @param seed seed of the augmentation choices (the network's initialisation is seeded through the engine)
 */
public record TrainerConfig(OptimizerKind optimizer, float learningRate, float momentum, float l2,
        float valueLossWeight, float maxGradientNorm, boolean augment, long seed) {

    /** The optimisers on offer. */
    public enum OptimizerKind { ADAM, SGD_MOMENTUM }

    public static final TrainerConfig DEFAULT = new TrainerConfig(OptimizerKind.ADAM, 1e-3f, 0.9f, 1e-4f, 1f, 0f, true, 1L);

    public TrainerConfig {
        if (!(learningRate > 0f)) {
            throw new IllegalArgumentException("learningRate must be > 0, got " + learningRate);
        }
        if (momentum < 0f || momentum >= 1f || l2 < 0f || valueLossWeight < 0f || maxGradientNorm < 0f) {
            throw new IllegalArgumentException("need 0 <= momentum < 1 and non-negative l2, valueLossWeight and maxGradientNorm");
        }
    }

    public TrainerConfig withLearningRate(float lr) {
        return new TrainerConfig(optimizer, lr, momentum, l2, valueLossWeight, maxGradientNorm, augment, seed);
    }

    public TrainerConfig withL2(float coefficient) {
        return new TrainerConfig(optimizer, learningRate, momentum, coefficient, valueLossWeight, maxGradientNorm, augment, seed);
    }

    public TrainerConfig withAugment(boolean on) {
        return new TrainerConfig(optimizer, learningRate, momentum, l2, valueLossWeight, maxGradientNorm, on, seed);
    }

    public TrainerConfig withSeed(long s) {
        return new TrainerConfig(optimizer, learningRate, momentum, l2, valueLossWeight, maxGradientNorm, augment, s);
    }
}
