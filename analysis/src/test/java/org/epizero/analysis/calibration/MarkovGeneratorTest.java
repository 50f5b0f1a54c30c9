package org.epizero.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chain against brute force: for small alphabets, orders and lengths every one of the V^L
 * sequences is enumerated and its probability multiplied out from the table, which is the truth
 * the analytic expectation and each sequence's bits are checked against.
 */
class MarkovGeneratorTest {

    /** Every sequence of symbols with its probability: V^-k for the uniform start, then the table. */
    private record Enumeration(int[][] sequences, double[] probabilities) {

        static Enumeration of(MarkovGenerator chain) {
            int v = chain.alphabet();
            int length = chain.length();
            int count = (int) Math.pow(v, length);
            int[][] sequences = new int[count][];
            double[] probabilities = new double[count];
            int[] x = new int[length];
            for (int n = 0; n < count; n++) {
                sequences[n] = x.clone();
                probabilities[n] = bruteForceProbability(chain, x);
                for (int i = length - 1; i >= 0 && ++x[i] == v; i--) {
                    x[i] = 0;
                }
            }
            return new Enumeration(sequences, probabilities);
        }

        /** The enumeration runs in base-V order, last symbol fastest. */
        int indexOf(int[] symbols, int v) {
            int index = 0;
            for (int s : symbols) {
                index = index * v + s;
            }
            assertTrue(Arrays.equals(sequences[index], symbols), () -> Arrays.toString(symbols));
            return index;
        }
    }

    private static double bruteForceProbability(MarkovGenerator chain, int[] x) {
        int k = chain.order();
        double p = Math.pow(chain.alphabet(), -k);
        for (int t = k; t < x.length; t++) {
            p *= chain.transitionProbability(Arrays.copyOfRange(x, t - k, t), x[t]);
        }
        return p;
    }

    /** The symbols of a sequence: the tokens after BOS, shifted down by one. */
    private static int[] symbols(TokenSequence s) {
        assertEquals(CalibrationGenerator.BOS, s.token(0));
        assertFalse(s.isScored(0));
        int[] x = new int[s.length() - 1];
        for (int i = 1; i < s.length(); i++) {
            assertTrue(s.isScored(i));
            x[i - 1] = s.token(i) - 1;
        }
        return x;
    }

    @ParameterizedTest
    @CsvSource({"3, 1, 6, 0.5", "2, 3, 9, 0.3", "3, 3, 6, 1.0", "4, 2, 5, 0.2"})
    void enumerationAgreesWithTheExactExpectationAndTheSampledBits(int v, int k, int length, double alpha) {
        MarkovGenerator chain = MarkovGenerator.random(v, k, length, alpha, 7);
        Enumeration all = Enumeration.of(chain);
        double total = 0;
        double entropy = 0;
        for (double p : all.probabilities()) {
            total += p;
            entropy += CalibrationAssertions.plogp(p);
        }
        assertEquals(1, total, 1e-12, "probabilities sum to 1");
        assertEquals(entropy, chain.expectedBitsPerSequence(), 1e-10, "exact expectation is the entropy");

        TokenCorpus corpus = chain.corpus(2000, 21);
        for (TokenSequence s : corpus.sequences()) {
            double p = bruteForceProbability(chain, symbols(s));
            assertTrue(p > 0, "sampled a sequence of probability 0");
            assertEquals(-Math.log(p) / Math.log(2), s.generatorBits(), 1e-9);
        }
    }

    @ParameterizedTest
    @CsvSource({"2, 1, 4", "2, 3, 5", "3, 2, 3"})
    void sampledSequencesFollowTheEnumeratedDistribution(int v, int k, int length) {
        MarkovGenerator chain = MarkovGenerator.random(v, k, length, 1.0, 8);
        Enumeration all = Enumeration.of(chain);
        int draws = 200_000;
        long[] observed = new long[all.probabilities().length];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < draws; i++) {
            observed[all.indexOf(symbols(chain.sample(random)), v)]++;
        }
        double[] expected = new double[observed.length];
        for (int n = 0; n < expected.length; n++) {
            expected[n] = draws * all.probabilities()[n];
        }
        CalibrationAssertions.chiSquareFits(observed, expected);
    }

    @Test
    void contextsAreReadOldestFirst() {
        // Each symbol repeats the one three back: the sequence is its first three symbols over and
        // over, and only they cost anything (2 bits each over 4 symbols).
        int v = 4;
        int k = 3;
        double[] table = new double[v * v * v * v];
        for (int oldest = 0; oldest < v; oldest++) {
            for (int rest = 0; rest < v * v; rest++) {
                int context = oldest * v * v + rest;
                table[context * v + oldest] = 1;
            }
        }
        MarkovGenerator chain = new MarkovGenerator(v, k, 20, table);
        assertEquals(6, chain.expectedBitsPerSequence(), 1e-12);
        assertEquals(0, chain.entropyRateBits(), 1e-12);
        SplittableRandom random = new SplittableRandom(2);
        for (int n = 0; n < 200; n++) {
            TokenSequence s = chain.sample(random);
            int[] x = symbols(s);
            for (int t = k; t < x.length; t++) {
                assertEquals(x[t - k], x[t], "position " + t + " of " + Arrays.toString(x));
            }
            assertEquals(6, s.generatorBits(), 1e-12);
        }
    }

    @ParameterizedTest
    @CsvSource({"16, 1, 0.25", "8, 3, 0.25", "5, 2, 0.05"})
    void meanSampledBitsMatchTheExactExpectation(int v, int k, double alpha) {
        MarkovGenerator chain = MarkovGenerator.random(v, k, 63, alpha, 1);
        CalibrationAssertions.meanBitsMatchExpectation(chain, chain.corpus(20_000, 9));
    }

    @ParameterizedTest
    @CsvSource({"16, 1, 0.25", "8, 3, 0.25", "3, 2, 2.0"})
    void entropyRateIsTheLimitOfTheBitsEachFurtherSymbolAdds(int v, int k, double alpha) {
        double longer = MarkovGenerator.random(v, k, 2001, alpha, 3).expectedBitsPerSequence();
        double shorter = MarkovGenerator.random(v, k, 2000, alpha, 3).expectedBitsPerSequence();
        assertEquals(longer - shorter, MarkovGenerator.random(v, k, 5, alpha, 3).entropyRateBits(), 1e-9);
    }

    @Test
    void entropyRateOfAPeriodicChainIsItsLongRunAverage() {
        // Symbols {0,1} always go to {2,3} and back: period 2, so the plain power iteration would
        // oscillate; from the uniform start each half keeps mass 1/2.
        double[] table = {
            0, 0, 0.3, 0.7,
            0, 0, 0.9, 0.1,
            0.6, 0.4, 0, 0,
            0.2, 0.8, 0, 0,
        };
        double longer = new MarkovGenerator(4, 1, 1001, table).expectedBitsPerSequence();
        double shorter = new MarkovGenerator(4, 1, 1000, table).expectedBitsPerSequence();
        assertEquals(longer - shorter, new MarkovGenerator(4, 1, 1, table).entropyRateBits(), 1e-9);
        assertTrue(longer - shorter > 0.5);
    }

    @Test
    void theTableIsSeededApartFromTheSequences() {
        MarkovGenerator a = MarkovGenerator.random(4, 2, 30, 0.5, 1);
        MarkovGenerator b = MarkovGenerator.random(4, 2, 30, 0.5, 1);
        MarkovGenerator c = MarkovGenerator.random(4, 2, 30, 0.5, 2);
        assertEquals(a.expectedBitsPerSequence(), b.expectedBitsPerSequence());
        assertNotEquals(a.expectedBitsPerSequence(), c.expectedBitsPerSequence());
        assertEquals(a.corpus(50, 4), b.corpus(50, 4));
        assertNotEquals(a.corpus(50, 4), a.corpus(50, 5));
    }

    @Test
    void rejectsTablesThatAreNotDistributions() {
        assertThrows(IllegalArgumentException.class, () -> new MarkovGenerator(2, 1, 4, new double[] {0.5, 0.5, 0.5, 0.6}));
        assertThrows(IllegalArgumentException.class, () -> new MarkovGenerator(2, 1, 4, new double[] {1.5, -0.5, 0.5, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> new MarkovGenerator(2, 1, 4, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> new MarkovGenerator(2, 3, 2, new double[16]));
    }
}
