package org.epizero.analysis.calibration;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.TokenSequence;

/**
 * A copy task: a given source of uniform symbols, then its copy, which is scored. Without noise
 * every scored token is a deterministic function of the given ones, so the sequence costs exactly 0
 * bits and all an observer can gain is structure (finding the rule). With noise {@code eps} each
 * copied symbol is independently replaced by a uniform symbol (possibly the same one) with
 * probability {@code eps}, so a copied symbol matches its source with probability
 * {@code q = 1 - eps + eps/V} and is each other symbol with probability {@code r = eps/V}: exactly
 * {@code -q log2 q - (V-1) r log2 r} bits per scored token, between 0 (eps = 0) and {@code log2 V}
 * (eps = 1).
 *
 * <p>Vocabulary: 0 is BOS, 1 the separator, symbol {@code s} ({@code 0 .. V-1}) is token
 * {@code s + 2}. A sequence is BOS, {@code m} source symbols, the separator (all given), then
 * {@code m} copied symbols (scored), {@code 2m + 2} tokens in all. Copy position {@code i} holds
 * source position {@code sourceIndex(i)}, a fixed permutation: the identity is a copy at the fixed
 * offset {@code m + 1}.
 */
public final class CopyGenerator implements CalibrationGenerator {

    /** The token between source and copy, never scored. */
    public static final int SEPARATOR = 1;

    private final int alphabet;
    private final int[] sourceIndex;
    private final double noise;
    private final String ruleLabel;
    private final double matchBits;
    private final double mismatchBits;

    /**
     * A copy task with any fixed rearrangement of the source.
     *
     * @param alphabet the number of symbols V, at least 2
     * @param sourceIndex for each copy position, the source position it copies: a permutation of
     *     {@code 0 .. m-1}, with {@code m >= 1}
     * @param noise the replacement probability eps, in {@code [0, 1]}
     */
    public CopyGenerator(int alphabet, int[] sourceIndex, double noise) {
        this(alphabet, sourceIndex.clone(), noise, "permuted");
    }

    private CopyGenerator(int alphabet, int[] sourceIndex, double noise, String ruleLabel) {
        if (alphabet < 2) {
            throw new IllegalArgumentException("need at least 2 symbols, got " + alphabet);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be in [0, 1], got " + noise);
        }
        int m = sourceIndex.length;
        if (m < 1) {
            throw new IllegalArgumentException("source needs at least one symbol");
        }
        boolean[] seen = new boolean[m];
        for (int j : sourceIndex) {
            if (j < 0 || j >= m || seen[j]) {
                throw new IllegalArgumentException("not a permutation of 0.." + (m - 1) + ": " + Arrays.toString(sourceIndex));
            }
            seen[j] = true;
        }
        this.alphabet = alphabet;
        this.sourceIndex = sourceIndex;
        this.noise = noise;
        this.ruleLabel = ruleLabel;
        double r = noise / alphabet;
        // log1p keeps -log2 q accurate when eps is small, and exactly 0 when eps is 0.
        this.matchBits = -Math.log1p(-(noise - r)) / Math.log(2);
        this.mismatchBits = -Log2.of(r);
    }

    /** The source copied in order: every scored token equals the given one {@code m + 1} before it. */
    public static CopyGenerator straight(int alphabet, int sourceLength, double noise) {
        int[] index = new int[checkLength(sourceLength)];
        for (int i = 0; i < sourceLength; i++) {
            index[i] = i;
        }
        return new CopyGenerator(alphabet, index, noise, "in order");
    }

    /** The source copied back to front: copy position {@code i} holds source position {@code m-1-i}. */
    public static CopyGenerator reversed(int alphabet, int sourceLength, double noise) {
        int[] index = new int[checkLength(sourceLength)];
        for (int i = 0; i < sourceLength; i++) {
            index[i] = sourceLength - 1 - i;
        }
        return new CopyGenerator(alphabet, index, noise, "reversed");
    }

    /** The source copied in a fixed order drawn uniformly with {@code permutationSeed}. */
    public static CopyGenerator shuffled(int alphabet, int sourceLength, double noise, long permutationSeed) {
        int[] index = new int[checkLength(sourceLength)];
        for (int i = 0; i < sourceLength; i++) {
            index[i] = i;
        }
        SplittableRandom random = new SplittableRandom(permutationSeed);
        for (int i = sourceLength - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = index[i];
            index[i] = index[j];
            index[j] = tmp;
        }
        return new CopyGenerator(alphabet, index, noise, "shuffled with seed " + permutationSeed);
    }

    private static int checkLength(int sourceLength) {
        if (sourceLength < 1) {
            throw new IllegalArgumentException("source needs at least one symbol, got " + sourceLength);
        }
        return sourceLength;
    }

    /** The number of symbols V. */
    public int alphabet() {
        return alphabet;
    }

    /** The source length m, which is also the copy length. */
    public int sourceLength() {
        return sourceIndex.length;
    }

    /** The replacement probability eps. */
    public double noise() {
        return noise;
    }

    /** The source position (0-based) that copy position {@code copyPosition} holds. */
    public int sourceIndex(int copyPosition) {
        return sourceIndex[copyPosition];
    }

    /** The index in the sequence of the first source token: 1, just after BOS. */
    public int sourceStart() {
        return 1;
    }

    /** The index in the sequence of the first copied token, just after the separator. */
    public int copyStart() {
        return sourceIndex.length + 2;
    }

    /** BOS, the separator and the V symbols. */
    @Override
    public int vocabSize() {
        return alphabet + 2;
    }

    /** {@code 2m + 2}. */
    @Override
    public int sequenceLength() {
        return 2 * sourceIndex.length + 2;
    }

    /** The copy. */
    @Override
    public int scoredPerSequence() {
        return sourceIndex.length;
    }

    /** {@code m} times the bits per copied token the class states; 0 without noise. */
    @Override
    public double expectedBitsPerSequence() {
        return sourceIndex.length * tokenBits();
    }

    private double tokenBits() {
        if (noise == 0) {
            return 0;
        }
        double r = noise / alphabet;
        double q = 1 - noise + r;
        return Log2.plogp(q) + (alphabet - 1) * Log2.plogp(r);
    }

    /** Names the rule, the alphabet, the length, the noise and the bits per token. */
    @Override
    public String description() {
        String kind = noise == 0 ? "copy" : "noisy copy (eps " + noise + ")";
        return String.format(
                "%s of %d uniform given symbols over %d, %s: %.4f bits/token",
                kind, sourceIndex.length, alphabet, ruleLabel, bitsPerScoredToken());
    }

    /** A uniform source, then its rearranged, possibly noisy, copy. */
    @Override
    public TokenSequence sample(SplittableRandom random) {
        int m = sourceIndex.length;
        int[] tokens = new int[2 * m + 2];
        boolean[] scored = new boolean[2 * m + 2];
        tokens[0] = BOS;
        for (int i = 0; i < m; i++) {
            tokens[1 + i] = 2 + random.nextInt(alphabet);
        }
        tokens[m + 1] = SEPARATOR;
        double bits = 0;
        for (int i = 0; i < m; i++) {
            int source = tokens[1 + sourceIndex[i]];
            int copy = noise > 0 && random.nextDouble() < noise ? 2 + random.nextInt(alphabet) : source;
            tokens[m + 2 + i] = copy;
            scored[m + 2 + i] = true;
            // Bits of the symbol seen, not of whether noise struck: a replacement that redraws the
            // source symbol is indistinguishable from a faithful copy.
            bits += copy == source ? matchBits : mismatchBits;
        }
        return new TokenSequence(tokens, scored, bits);
    }
}
