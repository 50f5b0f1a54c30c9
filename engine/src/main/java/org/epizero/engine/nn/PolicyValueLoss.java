package org.epizero.engine.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * The AlphaZero objective without its L2 term: soft-target cross-entropy of the masked policy
 * plus weighted squared value error. Labels are {@code (pi [B, A], z [B], legalMask [B, A])},
 * predictions {@code (logits [B, A], value [B, 1])}.
 */
final class PolicyValueLoss extends Loss {

    private final float valueWeight;

    PolicyValueLoss(float valueWeight) {
        super("PolicyValueLoss");
        this.valueWeight = valueWeight;
    }

    /** Per-sample {@code [policy cross-entropy, value squared error]}, each of shape {@code [B]}. */
    static NDArray[] perSample(NDList labels, NDList predictions) {
        NDArray logits = PolicyValueNetwork.maskLogits(predictions.get(0), labels.get(2));
        NDArray policy = logits.logSoftmax(1).mul(labels.get(0)).sum(new int[] {1}).neg();
        NDArray value = predictions.get(1).reshape(-1).sub(labels.get(1)).square();
        return new NDArray[] {policy, value};
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray[] losses = perSample(labels, predictions);
        return losses[0].mean().add(Scalars.multiply(losses[1].mean(), valueWeight));
    }
}
