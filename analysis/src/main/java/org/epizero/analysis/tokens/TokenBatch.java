package org.epizero.analysis.tokens;

/**
 * A batch of packed training rows, row-major {@code [batchSize][length]}. Position {@code k} of a
 * row feeds {@code inputs[k]} at in-sequence position {@code positions[k]} and predicts
 * {@code targets[k]}; it may attend only to earlier-or-equal positions of the same row that carry
 * the same {@code segments[k]} (one segment per sequence or sliding window, {@code -1} for padding).
 * {@code mask} is 1 where the target is scored and 0 for unscored context and padding. Position
 * {@code k} also shows {@code featuresPerPosition} feature ids, {@code features[k * featuresPerPosition
 * ..]} ({@link InputFeatures}; 0 for padding).
 *
 * @param inputs input token ids
 * @param targets next-token ids
 * @param positions position of each input within its own sequence window, from 0
 * @param segments which sequence of the row each position belongs to; -1 marks padding
 * @param mask 1 for scored targets, else 0
 * @param batchSize rows
 * @param length positions per row (the context length)
 * @param realTargets targets that are data rather than padding
 * @param scoredTargets targets with mask 1
 * @param featuresPerPosition feature ids at each position, 0 for none
 * @param features row-major {@code [batchSize][length][featuresPerPosition]} feature ids
 */
public record TokenBatch(long[] inputs, long[] targets, long[] positions, int[] segments, float[] mask,
        int batchSize, int length, int realTargets, int scoredTargets, int featuresPerPosition, long[] features) {

    private static final long[] NO_FEATURES = new long[0];

    public TokenBatch {
        int n = batchSize * length;
        if (inputs.length != n || targets.length != n || positions.length != n || segments.length != n
                || mask.length != n) {
            throw new IllegalArgumentException("arrays must hold batchSize*length = " + n + " entries");
        }
        if (featuresPerPosition < 0 || features.length != (long) n * featuresPerPosition) {
            throw new IllegalArgumentException(
                    "features must hold batchSize*length*featuresPerPosition = " + n + "*" + featuresPerPosition + " entries");
        }
    }

    /** A batch of tokens alone. */
    public TokenBatch(long[] inputs, long[] targets, long[] positions, int[] segments, float[] mask,
            int batchSize, int length, int realTargets, int scoredTargets) {
        this(inputs, targets, positions, segments, mask, batchSize, length, realTargets, scoredTargets, 0, NO_FEATURES);
    }
}
