package org.epizero.engine.nn;

import java.util.Arrays;
import org.epizero.engine.eval.Evaluation;

/**
 * The output of one forward pass over {@code batchSize} positions: masked priors, row-major
 * {@code [batchSize, numActions]}, and values in {@code [-1, 1]}, each from the view of its
 * position's player to move.
 */
public record Predictions(int batchSize, int numActions, float[] priors, float[] values) {

    public Predictions {
        if (priors.length != batchSize * numActions || values.length != batchSize) {
            throw new IllegalArgumentException("predictions of " + batchSize + " positions need "
                    + batchSize * numActions + " priors and " + batchSize + " values, got "
                    + priors.length + " and " + values.length);
        }
    }

    /** The priors of position {@code i} (a fresh copy). */
    public float[] priors(int i) {
        return Arrays.copyOfRange(priors, i * numActions, (i + 1) * numActions);
    }

    /** The value of position {@code i}. */
    public float value(int i) {
        return values[i];
    }

    /** Position {@code i} as an {@link Evaluation} with its own priors array. */
    public Evaluation evaluation(int i) {
        return new Evaluation(priors(i), values[i]);
    }
}
