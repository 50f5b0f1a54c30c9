package org.epizero.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The named corpora as a command line uses them. */
class CalibrationCorpusTest {

    @Test
    void namesRoundTripAndUnknownNamesAreRefused() {
        assertEquals(List.of("uniform", "markov1", "markov3", "copy", "periodic", "noisy-copy"), CalibrationCorpus.names());
        for (CalibrationCorpus c : CalibrationCorpus.values()) {
            assertEquals(c, CalibrationCorpus.named(c.cliName()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CalibrationCorpus.named("markov2"));
        assertTrue(e.getMessage().contains("noisy-copy"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(CalibrationCorpus.class)
    void everyDefaultSequenceFillsOneWindowAndCarriesItsExactBits(CalibrationCorpus named) {
        CalibrationGenerator generator = named.generator();
        assertEquals(CalibrationCorpus.SEQUENCE_LENGTH, generator.sequenceLength());
        TokenCorpus corpus = named.corpus(300_000, 17);
        assertEquals(generator.vocabSize(), corpus.vocabSize());
        assertTrue(corpus.scoredTargets() >= 300_000);
        assertTrue(corpus.scoredTargets() - generator.scoredPerSequence() < 300_000, "no more sequences than needed");
        for (TokenSequence s : corpus.sequences()) {
            assertEquals(CalibrationCorpus.SEQUENCE_LENGTH, s.length());
            assertEquals(CalibrationGenerator.BOS, s.token(0));
            assertFalse(s.isScored(0));
            assertEquals(generator.scoredPerSequence(), s.scoredCount());
            for (int i = 1; i < s.length(); i++) {
                assertNotEquals(CalibrationGenerator.BOS, s.token(i), "BOS only opens a sequence");
            }
        }
        CalibrationAssertions.meanBitsMatchExpectation(generator, corpus);
        assertTrue(named.description().startsWith(named.cliName() + ": "));
        assertTrue(named.description().contains("bits/token"), named.description());
    }

    @ParameterizedTest
    @EnumSource(CalibrationCorpus.class)
    void sameSeedSameCorpusOtherSeedOtherCorpus(CalibrationCorpus named) {
        TokenCorpus a = named.corpus(10_000, 1);
        TokenCorpus b = named.corpus(10_000, 1);
        assertEquals(a, b);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.sequences().get(i).generatorBits(), b.sequences().get(i).generatorBits());
        }
        assertNotEquals(a, named.corpus(10_000, 2));
    }

    @Test
    void aLargerCorpusExtendsASmallerOne() {
        TokenCorpus small = CalibrationCorpus.MARKOV3.corpus(1000, 5);
        TokenCorpus large = CalibrationCorpus.MARKOV3.corpus(5000, 5);
        assertEquals(small.sequences(), large.sequences().subList(0, small.size()));
    }

    @Test
    void theDefaultsSitBetweenNoiseAndStructure() {
        assertEquals(4, CalibrationCorpus.UNIFORM.generator().bitsPerScoredToken(), 1e-12);
        assertEquals(0, CalibrationCorpus.COPY.generator().bitsPerScoredToken());
        assertEquals(0, CalibrationCorpus.PERIODIC.generator().bitsPerScoredToken());
        for (CalibrationCorpus c : List.of(CalibrationCorpus.MARKOV1, CalibrationCorpus.MARKOV3, CalibrationCorpus.NOISY_COPY)) {
            CalibrationGenerator g = c.generator();
            double max = Math.log(g.vocabSize() - 1) / Math.log(2);
            assertTrue(g.bitsPerScoredToken() > 0.15 * max && g.bitsPerScoredToken() < 0.85 * max, g.description());
        }
    }
}
