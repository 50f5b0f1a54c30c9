package org.epizero.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;

/** Statistical checks shared by the calibration tests. */
final class CalibrationAssertions {

    private CalibrationAssertions() {}

    /**
     * The mean generator bits of the corpus agree with the generator's exact expectation within four
     * standard errors of the mean; a corpus whose bits never vary must match to rounding.
     */
    static void meanBitsMatchExpectation(CalibrationGenerator generator, TokenCorpus corpus) {
        int n = corpus.size();
        double sum = 0;
        for (TokenSequence s : corpus.sequences()) {
            assertTrue(s.hasGeneratorBits(), "every sequence carries its bits");
            sum += s.generatorBits();
        }
        double mean = sum / n;
        double squares = 0;
        for (TokenSequence s : corpus.sequences()) {
            squares += (s.generatorBits() - mean) * (s.generatorBits() - mean);
        }
        double standardError = Math.sqrt(squares / (n - 1) / n);
        double expected = generator.expectedBitsPerSequence();
        double rounding = 1e-9 * Math.max(1, expected);
        assertEquals(expected, mean, 4 * standardError + rounding,
                generator.description() + ": mean " + mean + " +- " + standardError);
    }

    /**
     * Pearson's statistic of observed counts against expected ones lies below its degrees of freedom
     * plus six of its standard deviations, a bound a correct sampler misses with negligible
     * probability; an outcome expected never must never be seen.
     */
    static void chiSquareFits(long[] observed, double[] expected) {
        double chi2 = 0;
        int cells = 0;
        for (int i = 0; i < observed.length; i++) {
            if (expected[i] == 0) {
                assertEquals(0, observed[i], "outcome " + i + " has probability 0");
                continue;
            }
            double d = observed[i] - expected[i];
            chi2 += d * d / expected[i];
            cells++;
        }
        int df = cells - 1;
        assertTrue(chi2 < df + 6 * Math.sqrt(2.0 * df), "chi-square " + chi2 + " with " + df + " degrees of freedom");
    }

    /** {@code -p log2 p}, 0 at 0. */
    static double plogp(double p) {
        return p > 0 ? -p * Math.log(p) / Math.log(2) : 0;
    }
}
