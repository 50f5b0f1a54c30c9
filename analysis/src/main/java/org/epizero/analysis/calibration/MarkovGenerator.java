package org.epizero.analysis.calibration;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.TokenSequence;

/**
 * A Markov chain of order {@code k} over an alphabet of {@code V} symbols: each symbol depends on
 * the {@code k} symbols before it through a fixed transition table, which is structure an observer
 * can learn, while its draws are entropy it cannot remove.
 *
 * <p>Vocabulary: 0 is BOS, symbol {@code s} ({@code 0 .. V-1}) is token {@code s + 1}. A sequence
 * is BOS then {@code length} symbols, all scored. Initial rule: the first {@code k} symbols are
 * uniform and independent ({@code log2 V} bits each); every later symbol is drawn from the table row
 * of the {@code k} symbols before it.
 *
 * <p>A context is the {@code k} previous symbols read as a base-{@code V} number, the oldest the most
 * significant digit; the table holds row {@code context} at offsets {@code context*V .. context*V+V-1}.
 */
public final class MarkovGenerator implements CalibrationGenerator {

    /** Tables larger than this many entries are far beyond what a small observer could learn. */
    private static final long MAX_ENTRIES = 1 << 24;

    private static final int MAX_POWER_ITERATIONS = 1_000_000;

    private final int alphabet;
    private final int order;
    private final int length;
    private final int contexts;
    private final double[] probabilities;
    private final double[] cumulative;
    private final double[] surprisalBits;
    private final int[] lastPossible;
    private final double[] rowEntropyBits;
    private final double expectedBits;
    private final String tableLabel;

    /**
     * A chain with the given table.
     *
     * @param alphabet the number of symbols V, at least 2
     * @param order the context length k, at least 1
     * @param length the symbols after BOS, at least {@code order}
     * @param transitions {@code V^k} rows of {@code V} probabilities, laid out as the class describes;
     *     each row non-negative and summing to 1 within 1e-9
     */
    public MarkovGenerator(int alphabet, int order, int length, double[] transitions) {
        this(alphabet, order, length, transitions.clone(), "given table");
    }

    private MarkovGenerator(int alphabet, int order, int length, double[] transitions, String tableLabel) {
        if (alphabet < 2 || order < 1 || length < order) {
            throw new IllegalArgumentException("need alphabet >= 2, order >= 1 and length >= order, got "
                    + alphabet + ", " + order + ", " + length);
        }
        this.alphabet = alphabet;
        this.order = order;
        this.length = length;
        this.contexts = contextCount(alphabet, order);
        if (transitions.length != contexts * alphabet) {
            throw new IllegalArgumentException(
                    "table needs " + contexts + " rows of " + alphabet + ", got " + transitions.length + " entries");
        }
        this.probabilities = transitions;
        this.cumulative = new double[transitions.length];
        this.surprisalBits = new double[transitions.length];
        this.lastPossible = new int[contexts];
        this.rowEntropyBits = new double[contexts];
        for (int c = 0; c < contexts; c++) {
            double sum = 0;
            double entropy = 0;
            int base = c * alphabet;
            for (int s = 0; s < alphabet; s++) {
                double p = transitions[base + s];
                if (!(p >= 0)) {
                    throw new IllegalArgumentException("negative or NaN probability " + p + " in row " + c);
                }
                sum += p;
                cumulative[base + s] = sum;
                surprisalBits[base + s] = -Log2.of(p);
                entropy += Log2.plogp(p);
                if (p > 0) {
                    lastPossible[c] = s;
                }
            }
            if (Math.abs(sum - 1) > 1e-9) {
                throw new IllegalArgumentException("row " + c + " sums to " + sum);
            }
            rowEntropyBits[c] = entropy;
        }
        this.expectedBits = computeExpectedBits();
        this.tableLabel = tableLabel;
    }

    /**
     * A chain whose every table row is an independent symmetric Dirichlet(alpha) draw.
     *
     * @param alpha the row concentration: small values make rows peaked (low entropy), large ones
     *     near uniform
     * @param tableSeed seeds the table only; the sequences are drawn with the corpus seed
     */
    public static MarkovGenerator random(int alphabet, int order, int length, double alpha, long tableSeed) {
        int contexts = contextCount(alphabet, order);
        SplittableRandom random = new SplittableRandom(tableSeed);
        double[] table = new double[contexts * alphabet];
        for (int c = 0; c < contexts; c++) {
            System.arraycopy(Dirichlet.symmetric(alpha, alphabet, random), 0, table, c * alphabet, alphabet);
        }
        return new MarkovGenerator(
                alphabet, order, length, table, "Dirichlet(" + alpha + ") rows, table seed " + tableSeed);
    }

    private static int contextCount(int alphabet, int order) {
        if (alphabet < 2 || order < 1) {
            throw new IllegalArgumentException("need alphabet >= 2 and order >= 1, got " + alphabet + ", " + order);
        }
        long entries = alphabet;
        for (int i = 0; i < order; i++) {
            entries *= alphabet;
            if (entries > MAX_ENTRIES) {
                throw new IllegalArgumentException(
                        alphabet + "^" + (order + 1) + " table entries is more than " + MAX_ENTRIES);
            }
        }
        return (int) (entries / alphabet);
    }

    /** The number of symbols V. */
    public int alphabet() {
        return alphabet;
    }

    /** The context length k. */
    public int order() {
        return order;
    }

    /** The symbols after BOS. */
    public int length() {
        return length;
    }

    /**
     * The probability that {@code next} follows the context {@code previous}.
     *
     * @param previous the {@code k} symbols before, oldest first, each in {@code 0 .. V-1}
     * @param next a symbol in {@code 0 .. V-1}
     */
    public double transitionProbability(int[] previous, int next) {
        if (previous.length != order) {
            throw new IllegalArgumentException("context needs " + order + " symbols, got " + previous.length);
        }
        int c = 0;
        for (int s : previous) {
            c = c * alphabet + checkSymbol(s);
        }
        return probabilities[c * alphabet + checkSymbol(next)];
    }

    private int checkSymbol(int s) {
        if (s < 0 || s >= alphabet) {
            throw new IllegalArgumentException("symbol " + s + " outside 0.." + (alphabet - 1));
        }
        return s;
    }

    /** BOS and the V symbols. */
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

    /**
     * {@code k log2 V} for the uniform start plus, for each later position, the row entropy averaged
     * over the exact distribution of the context there, propagated step by step from the uniform one.
     */
    @Override
    public double expectedBitsPerSequence() {
        return expectedBits;
    }

    private double computeExpectedBits() {
        double[] p = new double[contexts];
        Arrays.fill(p, 1.0 / contexts);
        double[] next = new double[contexts];
        double bits = order * Log2.of(alphabet);
        for (int t = order; t < length; t++) {
            bits += dot(p, rowEntropyBits);
            if (t + 1 < length) {
                step(p, next);
                double[] swap = p;
                p = next;
                next = swap;
            }
        }
        return bits;
    }

    /** {@code next = p P}: the context distribution one symbol later. */
    private void step(double[] p, double[] next) {
        Arrays.fill(next, 0);
        int keep = contexts / alphabet;
        for (int c = 0; c < contexts; c++) {
            double pc = p[c];
            if (pc == 0) {
                continue;
            }
            int base = c * alphabet;
            int shifted = (c % keep) * alphabet;
            for (int s = 0; s < alphabet; s++) {
                next[shifted + s] += pc * probabilities[base + s];
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /**
     * The entropy rate in bits per symbol: the row entropy averaged over the long-run distribution of
     * contexts reached from the uniform start, the limit of the per-symbol expectation as sequences
     * grow. Found by power iteration of the lazy chain {@code (I + P) / 2}, which has the same limit
     * and converges even when the chain is periodic.
     *
     * @throws IllegalStateException if the iteration has not settled to 1e-14 after a million steps
     *     (a nearly reducible table)
     */
    public double entropyRateBits() {
        double[] p = new double[contexts];
        Arrays.fill(p, 1.0 / contexts);
        double[] next = new double[contexts];
        for (int iteration = 0; iteration < MAX_POWER_ITERATIONS; iteration++) {
            step(p, next);
            double change = 0;
            for (int c = 0; c < contexts; c++) {
                double lazy = 0.5 * (next[c] + p[c]);
                change += Math.abs(lazy - p[c]);
                next[c] = lazy;
            }
            double[] swap = p;
            p = next;
            next = swap;
            if (change < 1e-14) {
                return dot(p, rowEntropyBits);
            }
        }
        throw new IllegalStateException("context distribution did not settle; the table is nearly reducible");
    }

    /** Names the order, the alphabet, the table, the length, the bits per token and the entropy rate. */
    @Override
    public String description() {
        return String.format(
                "order-%d Markov chain over %d symbols (%s), %d per sequence, first %d uniform: "
                        + "%.4f bits/token (entropy rate %.4f)",
                order, alphabet, tableLabel, length, order, bitsPerScoredToken(), entropyRateBits());
    }

    /** BOS, {@code k} uniform symbols, then symbols drawn from the table. */
    @Override
    public TokenSequence sample(SplittableRandom random) {
        int[] tokens = new int[length + 1];
        boolean[] scored = new boolean[length + 1];
        tokens[0] = BOS;
        Arrays.fill(scored, 1, length + 1, true);
        int keep = contexts / alphabet;
        int context = 0;
        for (int i = 0; i < order; i++) {
            int s = random.nextInt(alphabet);
            context = context * alphabet + s;
            tokens[1 + i] = s + 1;
        }
        double bits = order * Log2.of(alphabet);
        for (int i = order; i < length; i++) {
            int s = draw(context, random.nextDouble());
            bits += surprisalBits[context * alphabet + s];
            context = (context % keep) * alphabet + s;
            tokens[1 + i] = s + 1;
        }
        return new TokenSequence(tokens, scored, bits);
    }

    /** Inverts the row's cumulative distribution at {@code u}; never returns a symbol of probability 0. */
    private int draw(int context, double u) {
        int base = context * alphabet;
        for (int s = 0; s < alphabet; s++) {
            if (u < cumulative[base + s]) {
                return s;
            }
        }
        // The row's total may round just below 1.
        return lastPossible[context];
    }
}
