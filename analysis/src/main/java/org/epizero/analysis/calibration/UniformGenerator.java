package org.epizero.analysis.calibration;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.TokenSequence;

/**
 * Independent uniform tokens: pure noise, with no structure to learn and the most entropy its
 * alphabet allows, {@code length * log2(alphabet)} bits per sequence.
 *
 * <p>Vocabulary: 0 is BOS, {@code 1 .. alphabet} the symbols. A sequence is BOS then
 * {@code length} symbols, all scored.
 *
 * @param alphabet the number of symbols, at least 2
 * @param length the symbols after BOS, at least 1
 */
public record UniformGenerator(int alphabet, int length) implements CalibrationGenerator {

    /** @throws IllegalArgumentException for fewer than 2 symbols or no tokens */
    public UniformGenerator {
        if (alphabet < 2 || length < 1) {
            throw new IllegalArgumentException(
                    "need at least 2 symbols and 1 token, got alphabet " + alphabet + ", length " + length);
        }
    }

    /** BOS and the symbols. */
    @Override
    public int vocabSize() {
        return alphabet + 1;
    }

    /** BOS and {@code length} symbols. */
    @Override
    public int sequenceLength() {
        return length + 1;
    }

    /** Every symbol. */
    @Override
    public int scoredPerSequence() {
        return length;
    }

    /** {@code length * log2(alphabet)}, the same for every sequence. */
    @Override
    public double expectedBitsPerSequence() {
        return length * Log2.of(alphabet);
    }

    /** Names the alphabet, the length and the bits per token. */
    @Override
    public String description() {
        return String.format(
                "uniform i.i.d. tokens over %d symbols, %d per sequence: %.4f bits/token",
                alphabet, length, bitsPerScoredToken());
    }

    /** BOS, then symbols drawn uniformly and independently. */
    @Override
    public TokenSequence sample(SplittableRandom random) {
        int[] tokens = new int[length + 1];
        boolean[] scored = new boolean[length + 1];
        tokens[0] = BOS;
        for (int i = 1; i <= length; i++) {
            tokens[i] = 1 + random.nextInt(alphabet);
        }
        Arrays.fill(scored, 1, length + 1, true);
        return new TokenSequence(tokens, scored, expectedBitsPerSequence());
    }
}
