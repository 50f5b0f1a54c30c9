package org.epizero.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;
import org.junit.jupiter.api.Test;

/** Uniform tokens: every symbol equally often, and neighbours independent. */
class UniformGeneratorTest {

    @Test
    void symbolsAndAdjacentPairsAreUniform() {
        int v = 16;
        UniformGenerator uniform = new UniformGenerator(v, 63);
        TokenCorpus corpus = uniform.corpus(20_000, 1);
        long[] singles = new long[v];
        long[] pairs = new long[v * v];
        for (TokenSequence s : corpus.sequences()) {
            assertEquals(CalibrationGenerator.BOS, s.token(0));
            assertFalse(s.isScored(0));
            for (int i = 1; i < s.length(); i++) {
                assertTrue(s.isScored(i));
                int symbol = s.token(i) - 1;
                singles[symbol]++;
                if (i > 1) {
                    pairs[(s.token(i - 1) - 1) * v + symbol]++;
                }
            }
        }
        double[] flat = new double[v];
        Arrays.fill(flat, corpus.scoredTargets() / (double) v);
        CalibrationAssertions.chiSquareFits(singles, flat);
        double[] flatPairs = new double[v * v];
        Arrays.fill(flatPairs, corpus.size() * 62.0 / (v * v));
        CalibrationAssertions.chiSquareFits(pairs, flatPairs);
    }

    @Test
    void everySequenceCostsTheSameAndTheCorpusIsSeeded() {
        UniformGenerator uniform = new UniformGenerator(5, 10);
        TokenCorpus a = uniform.corpus(200, 3);
        CalibrationAssertions.meanBitsMatchExpectation(uniform, a);
        // Ten independent symbols over five each have probability 5^-10.
        double bits = -Math.log(Math.pow(5, -10)) / Math.log(2);
        for (TokenSequence s : a.sequences()) {
            assertEquals(bits, s.generatorBits(), 1e-9);
        }
        assertEquals(a, uniform.corpus(200, 3));
        assertNotEquals(a, uniform.corpus(200, 4));
    }
}
