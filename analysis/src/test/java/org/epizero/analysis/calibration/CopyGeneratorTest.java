package org.epizero.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The copy task: without noise the scored tokens are reproduced from the given ones by the stated
 * rule; with noise every copy of a small source is enumerated and its probability multiplied out
 * from the mixture that defines the noise, "keep the source symbol with probability 1 - eps, else
 * draw uniformly".
 */
class CopyGeneratorTest {

    private static final int M = 31;
    private static final int V = 16;

    @Test
    void theStraightCopyRepeatsTheSourceAtAFixedOffset() {
        CopyGenerator copy = CopyGenerator.straight(V, M, 0);
        assertEquals(64, copy.sequenceLength());
        for (TokenSequence s : copy.corpus(500, 1).sequences()) {
            assertEquals(CalibrationGenerator.BOS, s.token(0));
            assertEquals(CopyGenerator.SEPARATOR, s.token(M + 1));
            for (int i = 0; i < s.length(); i++) {
                assertEquals(i > M + 1, s.isScored(i), "only the copy is scored, position " + i);
                if (i >= 1 && i <= M) {
                    assertTrue(s.token(i) >= 2 && s.token(i) < V + 2, "source symbol " + s.token(i));
                }
                if (s.isScored(i)) {
                    assertEquals(s.token(i - (M + 1)), s.token(i), "copy position " + i);
                }
            }
            assertEquals(0, s.generatorBits());
        }
        assertEquals(0, copy.expectedBitsPerSequence());
    }

    @Test
    void theReversedCopyReadsTheSourceBackToFront() {
        CopyGenerator copy = CopyGenerator.reversed(V, M, 0);
        for (TokenSequence s : copy.corpus(500, 2).sequences()) {
            for (int i = 0; i < M; i++) {
                assertEquals(s.token(M - i), s.token(M + 2 + i));
            }
        }
    }

    @Test
    void theShuffledCopyIsAFixedFunctionOfTheSource() {
        CopyGenerator copy = CopyGenerator.shuffled(V, M, 0, 9);
        boolean[] hit = new boolean[M];
        boolean moved = false;
        for (int i = 0; i < M; i++) {
            hit[copy.sourceIndex(i)] = true;
            moved |= copy.sourceIndex(i) != i;
        }
        for (boolean h : hit) {
            assertTrue(h, "every source position is copied once");
        }
        assertTrue(moved, "the order is not the identity");
        // Each copy position always equals one and the same source position across sequences.
        int[] candidateCount = new int[M];
        boolean[][] consistent = new boolean[M][M];
        for (boolean[] row : consistent) {
            Arrays.fill(row, true);
        }
        for (TokenSequence s : copy.corpus(300, 3).sequences()) {
            for (int i = 0; i < M; i++) {
                for (int j = 0; j < M; j++) {
                    consistent[i][j] &= s.token(copy.copyStart() + i) == s.token(copy.sourceStart() + j);
                }
            }
        }
        for (int i = 0; i < M; i++) {
            for (int j = 0; j < M; j++) {
                candidateCount[i] += consistent[i][j] ? 1 : 0;
            }
            assertEquals(1, candidateCount[i], "copy position " + i + " matches exactly one source position");
            assertTrue(consistent[i][copy.sourceIndex(i)]);
        }
    }

    @Test
    void identicalSourcesGetIdenticalCopies() {
        // Over a binary alphabet and a short source, sources recur; their copies must too.
        CopyGenerator copy = CopyGenerator.shuffled(2, 4, 0, 1);
        Map<String, String> copies = new HashMap<>();
        for (TokenSequence s : copy.corpus(2000, 4).sequences()) {
            int[] t = s.tokens();
            String given = Arrays.toString(Arrays.copyOfRange(t, 0, copy.copyStart()));
            String scored = Arrays.toString(Arrays.copyOfRange(t, copy.copyStart(), t.length));
            assertEquals(copies.computeIfAbsent(given, g -> scored), scored);
        }
        assertEquals(16, copies.size());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 1})
    void enumeratedNoisyCopiesAgreeWithTheExpectationAndTheSampledBits(double eps) {
        int v = 3;
        int m = 3;
        CopyGenerator copy = CopyGenerator.reversed(v, m, eps);
        int count = 27;
        for (int source = 0; source < count; source++) {
            int[] s = digits(source, v, m);
            double total = 0;
            double entropy = 0;
            for (int c = 0; c < count; c++) {
                double p = mixtureProbability(copy, s, digits(c, v, m));
                total += p;
                entropy += CalibrationAssertions.plogp(p);
            }
            assertEquals(1, total, 1e-12);
            assertEquals(entropy, copy.expectedBitsPerSequence(), 1e-10, "source " + Arrays.toString(s));
        }
        for (TokenSequence seq : copy.corpus(2000, 5).sequences()) {
            int[] s = new int[m];
            int[] c = new int[m];
            for (int i = 0; i < m; i++) {
                s[i] = seq.token(copy.sourceStart() + i) - 2;
                c[i] = seq.token(copy.copyStart() + i) - 2;
            }
            double p = mixtureProbability(copy, s, c);
            assertEquals(-Math.log(p) / Math.log(2), seq.generatorBits(), 1e-9);
        }
    }

    /** The probability of copy {@code c} of source {@code s}: per position, keep or redraw. */
    private static double mixtureProbability(CopyGenerator copy, int[] s, int[] c) {
        double eps = copy.noise();
        double p = 1;
        for (int i = 0; i < c.length; i++) {
            double kept = c[i] == s[copy.sourceIndex(i)] ? 1 - eps : 0;
            p *= kept + eps / copy.alphabet();
        }
        return p;
    }

    private static int[] digits(int n, int base, int count) {
        int[] d = new int[count];
        for (int i = count - 1; i >= 0; i--) {
            d[i] = n % base;
            n /= base;
        }
        return d;
    }

    @Test
    void fullNoiseMakesTheCopyAsRandomAsTheSource() {
        CopyGenerator copy = CopyGenerator.straight(V, M, 1);
        assertEquals(new UniformGenerator(V, M).expectedBitsPerSequence(), copy.expectedBitsPerSequence(), 1e-9);
        assertEquals(4, copy.bitsPerScoredToken(), 1e-12);
    }

    @Test
    void meanSampledBitsOfTheNoisyCopyMatchTheExactExpectation() {
        CopyGenerator copy = CopyGenerator.straight(V, M, 0.1);
        TokenCorpus corpus = copy.corpus(20_000, 6);
        CalibrationAssertions.meanBitsMatchExpectation(copy, corpus);
        // A copied symbol differs from its source when noise strikes and redraws another symbol.
        long differ = 0;
        for (TokenSequence s : corpus.sequences()) {
            for (int i = 0; i < M; i++) {
                differ += s.token(copy.copyStart() + i) != s.token(copy.sourceStart() + i) ? 1 : 0;
            }
        }
        double n = 20_000.0 * M;
        double rate = 0.1 * (V - 1) / V;
        assertEquals(rate, differ / n, 5 * Math.sqrt(rate * (1 - rate) / n));
    }

    @Test
    void sameSeedSameCorpusOtherSeedOtherCorpus() {
        CopyGenerator copy = CopyGenerator.straight(V, M, 0.1);
        TokenCorpus a = copy.corpus(100, 7);
        TokenCorpus b = copy.corpus(100, 7);
        assertEquals(a, b);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.sequences().get(i).generatorBits(), b.sequences().get(i).generatorBits());
        }
        assertNotEquals(a, copy.corpus(100, 8));
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new CopyGenerator(4, new int[] {0, 0, 1}, 0));
        assertThrows(IllegalArgumentException.class, () -> new CopyGenerator(4, new int[] {0, 2}, 0));
        assertThrows(IllegalArgumentException.class, () -> CopyGenerator.straight(4, 3, 1.5));
        assertThrows(IllegalArgumentException.class, () -> CopyGenerator.straight(1, 3, 0));
    }
}
