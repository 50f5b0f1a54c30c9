package org.epizero.selfplay.config;

import org.epizero.engine.nn.TrainerConfig;
import org.epizero.engine.nn.TrainerConfig.OptimizerKind;

/**
 * Optimiser and loss settings of a run: the run config's view of the engine's
 * {@link TrainerConfig}. It has no seed of its own (the trainer's augmentation is seeded by the
 * run's {@code seed}), and momentum is given exactly when the optimiser uses it, so no key is
 * silently ignored.
 *
 * @param optimizer {@code ADAM}, or {@code SGD_MOMENTUM}
 * @param learningRate step size of the optimiser
 * @param momentum SGD momentum in [0, 1): required with {@code SGD_MOMENTUM}, null with {@code ADAM}
 * @param l2 coefficient of the L2 penalty on convolution and dense weights
 * @param valueLossWeight weight of the value loss against the policy loss
 * @param maxGradientNorm global gradient-norm clip, 0 for none
 * @param augment whether each sample is seen under a random symmetry of the game
 */
public record TrainerSettings(OptimizerKind optimizer, float learningRate, Float momentum, float l2, float valueLossWeight,
        float maxGradientNorm, boolean augment) {

    public TrainerSettings {
        if (optimizer == null) {
            throw new IllegalArgumentException("optimizer must be ADAM or SGD_MOMENTUM");
        }
        if (optimizer == OptimizerKind.SGD_MOMENTUM && momentum == null) {
            throw new IllegalArgumentException("optimizer SGD_MOMENTUM needs trainer.momentum (for example 0.9)");
        }
        if (optimizer != OptimizerKind.SGD_MOMENTUM && momentum != null) {
            throw new IllegalArgumentException("trainer.momentum does not apply to optimizer " + optimizer
                    + " (only to SGD_MOMENTUM); set it to null or remove it");
        }
        // The fields are assigned only after this body, so the check builds from the parameters.
        engineConfig(optimizer, learningRate, momentum, l2, valueLossWeight, maxGradientNorm, augment, 0);
    }

    /** The engine's trainer settings, its augmentation seeded by {@code seed}. */
    public TrainerConfig toTrainerConfig(long seed) {
        return engineConfig(optimizer, learningRate, momentum, l2, valueLossWeight, maxGradientNorm, augment, seed);
    }

    private static TrainerConfig engineConfig(OptimizerKind optimizer, float learningRate, Float momentum, float l2,
            float valueLossWeight, float maxGradientNorm, boolean augment, long seed) {
        // Adam has no momentum term; the engine's record ignores the value then.
        float engineMomentum = momentum == null ? 0f : momentum;
        return new TrainerConfig(optimizer, learningRate, engineMomentum, l2, valueLossWeight, maxGradientNorm, augment, seed);
    }
}
