package org.epizero.analysis.estimate;

/**
 * The two-part code of the model as it stood part-way through a run, at one of the points that
 * {@link EstimatorConfig#checkpoints()} spaces along it (a result keeps them as its
 * {@code checkpoints}): a candidate for the compute frontier, where it becomes a
 * {@link FrontierPoint}.
 *
 * @param step training steps taken (teacher steps for the requential estimator)
 * @param tokens training tokens consumed, D
 * @param flops compute T = 6 N D + 2 N D_X
 * @param heldOutLossBits the model's held-out loss, bits per scored token
 * @param structureBits S up to this point
 * @param entropyBits H of the whole dataset under this model
 */
public record CodeSnapshot(long step, long tokens, double flops, double heldOutLossBits, double structureBits, double entropyBits) {

    /** S + H: the total two-part code length. */
    public double totalBits() {
        return structureBits + entropyBits;
    }
}
