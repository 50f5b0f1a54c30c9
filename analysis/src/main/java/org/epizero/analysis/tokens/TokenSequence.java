package org.epizero.analysis.tokens;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One record of a corpus: tokens in order, and which of them are scored. A scored token counts in
 * every loss and code length; an unscored one is context that is given, never predicted (for
 * example a board shown before the move that is measured).
 */
public final class TokenSequence implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int[] tokens;
    private final boolean[] scored;
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
        this.tokens = tokens.clone();
        this.scored = scored.clone();
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
        return new TokenSequence(tokens, scored, bits);
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
                && Arrays.equals(scored, other.scored);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(tokens) + Arrays.hashCode(scored);
    }

    @Override
    public String toString() {
        return "TokenSequence" + Arrays.toString(tokens) + " scored=" + scoredCount + "/" + tokens.length;
    }
}
