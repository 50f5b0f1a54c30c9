package org.epizero.analysis.tokens;

/**
 * A batch of training windows, row-major {@code [batchSize][length]}: position {@code t} of a row
 * predicts {@code targets[t]} from {@code inputs[0..t]}. {@code mask} is 1 where the target is
 * scored and 0 for unscored context and padding.
 *
 * @param inputs input token ids
 * @param targets next-token ids
 * @param mask 1 for scored targets, else 0
 * @param batchSize rows
 * @param length positions per row (the context length)
 * @param realTargets targets that are data rather than padding
 * @param scoredTargets targets with mask 1
 */
public record TokenBatch(
        long[] inputs, long[] targets, float[] mask, int batchSize, int length, int realTargets, int scoredTargets) {

    public TokenBatch {
        int n = batchSize * length;
        if (inputs.length != n || targets.length != n || mask.length != n) {
            throw new IllegalArgumentException("arrays must hold batchSize*length = " + n + " entries");
        }
    }
}
