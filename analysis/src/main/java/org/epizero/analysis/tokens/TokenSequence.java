package org.epizero.analysis.tokens;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One record of a corpus: tokens in order, and which of them are scored. A scored token counts in
 * every loss and code length; an unscored one is context that is given, never predicted (for
 * example a board shown before the move that is measured). A position may also carry a fixed number
 * of feature ids beside its token ({@link InputFeatures}): given context, like an unscored token, but
 * shown at the same position instead of at positions of its own.
 */
public final class TokenSequence implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int[] NO_FEATURES = new int[0];

    private final int[] tokens;
    private final boolean[] scored;
    private final int featuresPerPosition;
    private final int[] features;
    private final int scoredCount;
    private final int scoredTargets;
    private final double generatorBits;

    /**
     * @param tokens non-negative token ids
     * @param scored one flag per token
     */
    public TokenSequence(int[] tokens, boolean[] scored) {
        this(tokens, scored, Double.NaN);
    }

    /**
     * @param tokens non-negative token ids
     * @param scored one flag per token
     * @param generatorBits the exact code length of the scored tokens under the process that
     *     generated the sequence ({@code -log2 P}), or NaN when unknown: the calibration reference
     */
    public TokenSequence(int[] tokens, boolean[] scored, double generatorBits) {
        this(tokens, scored, 0, NO_FEATURES, generatorBits);
    }

    /**
     * @param tokens non-negative token ids
     * @param scored one flag per token
     * @param featuresPerPosition feature ids each position carries, 0 for none
     * @param features row-major {@code [tokens.length][featuresPerPosition]} non-negative feature
     *     ids: position {@code i}'s are what is known, beside token {@code i}, before token
     *     {@code i + 1} is predicted
     * @param generatorBits as for {@link #TokenSequence(int[], boolean[], double)}
     */
    public TokenSequence(int[] tokens, boolean[] scored, int featuresPerPosition, int[] features, double generatorBits) {
        if (tokens.length != scored.length) {
            throw new IllegalArgumentException(
                    "tokens and scored differ in length: " + tokens.length + " vs " + scored.length);
        }
        int count = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] < 0) {
                throw new IllegalArgumentException("negative token " + tokens[i] + " at position " + i);
            }
            if (scored[i]) {
                count++;
            }
        }
        if (featuresPerPosition < 0 || features.length != (long) tokens.length * featuresPerPosition) {
            throw new IllegalArgumentException("expected " + featuresPerPosition + " features for each of "
                    + tokens.length + " positions, got " + features.length);
        }
        for (int i = 0; i < features.length; i++) {
            if (features[i] < 0) {
                throw new IllegalArgumentException("negative feature " + features[i] + " at position " + i / featuresPerPosition);
            }
        }
        this.tokens = tokens.clone();
        this.scored = scored.clone();
        this.featuresPerPosition = featuresPerPosition;
        this.features = features.length == 0 ? NO_FEATURES : features.clone();
        this.scoredCount = count;
        this.scoredTargets = tokens.length > 0 && scored[0] ? count - 1 : count;
        this.generatorBits = generatorBits;
    }

    /** A sequence whose every token is scored. */
    public static TokenSequence allScored(int... tokens) {
        boolean[] scored = new boolean[tokens.length];
        Arrays.fill(scored, true);
        return new TokenSequence(tokens, scored);
    }

    /** The same tokens with the generator's exact code length attached. */
    public TokenSequence withGeneratorBits(double bits) {
        return new TokenSequence(tokens, scored, featuresPerPosition, features, bits);
    }

    /**
     * {@code -log2 P(scored tokens | given tokens)} under the generating process, or NaN when the
     * generator is unknown. Exact, not estimated: the reference an observer's code length is
     * compared with.
     */
    public double generatorBits() {
        return generatorBits;
    }

    /** Whether the generator's code length is known. */
    public boolean hasGeneratorBits() {
        return !Double.isNaN(generatorBits);
    }

    public int length() {
        return tokens.length;
    }

    public int token(int i) {
        return tokens[i];
    }

    public boolean isScored(int i) {
        return scored[i];
    }

    /** Number of scored tokens. */
    public int scoredCount() {
        return scoredCount;
    }

    /**
     * Scored tokens that an observer predicts: all but a scored first token, which has no context
     * and is treated as given (see {@link PackedWindows}).
     */
    public int scoredTargets() {
        return scoredTargets;
    }

    /**
     * The first {@code length} positions, features included; the generator's code length of a
     * prefix is not known.
     */
    public TokenSequence prefix(int length) {
        return new TokenSequence(Arrays.copyOf(tokens, length), Arrays.copyOf(scored, length), featuresPerPosition,
                Arrays.copyOf(features, length * featuresPerPosition), Double.NaN);
    }

    /** Feature ids each position carries; 0 when the sequence has none. */
    public int featuresPerPosition() {
        return featuresPerPosition;
    }

    /** Feature {@code f} of position {@code i}. */
    public int feature(int i, int f) {
        return features[i * featuresPerPosition + f];
    }

    /** The largest feature id, or -1 when there is none. */
    public int maxFeature() {
        int max = -1;
        for (int f : features) {
            max = Math.max(max, f);
        }
        return max;
    }

    /** The largest token id, or -1 for an empty sequence. */
    public int maxToken() {
        int max = -1;
        for (int t : tokens) {
            max = Math.max(max, t);
        }
        return max;
    }

    /** A copy of the tokens. */
    public int[] tokens() {
        return tokens.clone();
    }

    /** A copy of the scored flags. */
    public boolean[] scored() {
        return scored.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenSequence other
                && Arrays.equals(tokens, other.tokens)
                && Arrays.equals(scored, other.scored)
                && featuresPerPosition == other.featuresPerPosition
                && Arrays.equals(features, other.features);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(tokens) + Arrays.hashCode(scored)) + Arrays.hashCode(features);
    }

    @Override
    public String toString() {
        return "TokenSequence" + Arrays.toString(tokens) + " scored=" + scoredCount + "/" + tokens.length;
    }
}
