package org.epizero.analysis.calibration;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.epizero.analysis.tokens.TokenSequence;

/**
 * A fixed pattern repeated: every scored token is determined by the tokens before it, so a sequence
 * costs exactly 0 bits. A constant sequence is the pattern of one symbol.
 *
 * <p>Vocabulary: 0 is BOS, the pattern's symbols lie in {@code 1 .. vocabSize-1} (ids the pattern
 * leaves out are never used). A sequence is BOS then {@code length} tokens of the pattern repeated.
 * Without a random phase every sequence starts at the pattern's first symbol and all {@code length}
 * are scored. With a random phase each sequence starts at a uniform position of the pattern, and its
 * first {@code w} tokens are given (unscored), {@code w} the shortest window that tells the
 * pattern's positions apart, so the rest is still determined: an observer has to learn the cycle
 * rather than a fixed string.
 */
public final class PeriodicGenerator implements CalibrationGenerator {

    private final int vocabSize;
    private final int[] pattern;
    private final int length;
    private final boolean randomPhase;
    private final int given;

    /**
     * @param vocabSize token ids of the corpus, BOS included; above every pattern symbol
     * @param pattern the repeated symbols, each in {@code 1 .. vocabSize-1}; with a random phase not
     *     itself a repetition of a shorter pattern (its positions could not be told apart)
     * @param length the tokens after BOS, more than the given window
     * @param randomPhase whether each sequence starts at a uniform position of the pattern
     */
    public PeriodicGenerator(int vocabSize, int[] pattern, int length, boolean randomPhase) {
        if (pattern.length < 1) {
            throw new IllegalArgumentException("pattern needs at least one symbol");
        }
        for (int s : pattern) {
            if (s < 1 || s >= vocabSize) {
                throw new IllegalArgumentException("pattern symbol " + s + " outside 1.." + (vocabSize - 1));
            }
        }
        this.vocabSize = vocabSize;
        this.pattern = pattern.clone();
        this.length = length;
        this.randomPhase = randomPhase;
        this.given = randomPhase ? distinguishingWindow(this.pattern) : 0;
        if (length <= given) {
            throw new IllegalArgumentException(
                    "length " + length + " leaves nothing to score after " + given + " given tokens");
        }
    }

    /** The same symbol {@code length} times after BOS, all scored. */
    public static PeriodicGenerator constant(int vocabSize, int symbol, int length) {
        return new PeriodicGenerator(vocabSize, new int[] {symbol}, length, false);
    }

    /**
     * The shortest {@code w} for which the {@code w} symbols read cyclically from each position of
     * the pattern differ from those read from every other position.
     */
    private static int distinguishingWindow(int[] pattern) {
        int period = pattern.length;
        for (int w = 1; w <= period; w++) {
            Set<List<Integer>> windows = new HashSet<>();
            for (int start = 0; start < period; start++) {
                int from = start;
                windows.add(IntStream.range(0, w).mapToObj(i -> pattern[(from + i) % period]).toList());
            }
            if (windows.size() == period) {
                return w;
            }
        }
        throw new IllegalArgumentException(
                "pattern " + Arrays.toString(pattern) + " repeats a shorter one; its phase cannot be told");
    }

    /** The pattern's length. */
    public int period() {
        return pattern.length;
    }

    /** Whether sequences start at a uniform position of the pattern. */
    public boolean randomPhase() {
        return randomPhase;
    }

    /** Tokens after BOS that are given, not scored: the distinguishing window with a random phase, else 0. */
    public int givenTokens() {
        return given;
    }

    /** As constructed. */
    @Override
    public int vocabSize() {
        return vocabSize;
    }

    /** BOS and {@code length} pattern tokens. */
    @Override
    public int sequenceLength() {
        return length + 1;
    }

    /** The tokens after the given window. */
    @Override
    public int scoredPerSequence() {
        return length - given;
    }

    /** 0: the scored tokens follow from the given ones. */
    @Override
    public double expectedBitsPerSequence() {
        return 0;
    }

    /** Names the pattern, the phase rule and the length. */
    @Override
    public String description() {
        String phase = randomPhase ? "random phase, first " + given + " given" : "fixed phase";
        String what = pattern.length == 1 ? "constant token " + pattern[0] : "period-" + pattern.length
                + " pattern " + Arrays.toString(pattern);
        return String.format("%s, %s, %d per sequence: 0 bits/token", what, phase, length);
    }

    /** BOS, then the pattern from a fixed or uniform start. */
    @Override
    public TokenSequence sample(SplittableRandom random) {
        int phase = randomPhase ? random.nextInt(pattern.length) : 0;
        int[] tokens = new int[length + 1];
        boolean[] scored = new boolean[length + 1];
        tokens[0] = BOS;
        for (int i = 0; i < length; i++) {
            tokens[1 + i] = pattern[(phase + i) % pattern.length];
        }
        Arrays.fill(scored, 1 + given, length + 1, true);
        return new TokenSequence(tokens, scored, 0);
    }
}
