package org.epizero.analysis.observer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * A fixed penalty on attention to distant keys, one slope per head (ALiBi, Press et al. 2022):
 * query {@code i} scores key {@code j} lower by {@code slope_h * (i - j)}, with slopes
 * {@code 2^(-8(h+1)/H)} from strongly local to almost flat. The observer keeps its learned
 * absolute positions; the penalty only gives it a prior that makes attending to the last few
 * tokens easy from the start, which short-range structure (Markov chains, move sequences) needs
 * and which learned positions alone find only after a long plateau.
 */
final class DistanceBias {

    private DistanceBias() {}

    /** The slope of head {@code h} of {@code heads}. */
    static float slope(int h, int heads) {
        return (float) Math.pow(2, -8.0 * (h + 1) / heads);
    }

    /**
     * The additive bias {@code [1,H,queries,keys]} for queries at row indices
     * {@code queryStart .. queryStart+queries-1} and keys at {@code 0 .. keys-1} of the same
     * sequence; keys after a query get 0 (the causal mask hides them anyway).
     */
    static NDArray of(NDManager manager, int heads, int queryStart, int queries, int keys) {
        float[] bias = new float[heads * queries * keys];
        int k = 0;
        for (int h = 0; h < heads; h++) {
            float slope = slope(h, heads);
            for (int i = 0; i < queries; i++) {
                int query = queryStart + i;
                for (int j = 0; j < keys; j++) {
                    bias[k++] = -slope * Math.max(0, query - j);
                }
            }
        }
        return manager.create(bias, new Shape(1, heads, queries, keys));
    }
}
