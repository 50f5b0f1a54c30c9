package org.epizero.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;
import org.junit.jupiter.api.Test;

/** Periodic sequences cost nothing because what is scored is fixed by what is given. */
class PeriodicGeneratorTest {

    private static final int[] PATTERN = {1, 2, 3, 4, 1, 3, 2, 4};

    @Test
    void theScoredTokensAreAFunctionOfTheGivenOnes() {
        PeriodicGenerator periodic = new PeriodicGenerator(5, PATTERN, 63, true);
        int given = periodic.givenTokens();
        Map<String, int[]> byPrefix = new HashMap<>();
        long[] phases = new long[PATTERN.length];
        TokenCorpus corpus = periodic.corpus(4000, 1);
        for (TokenSequence s : corpus.sequences()) {
            int[] t = s.tokens();
            assertEquals(CalibrationGenerator.BOS, t[0]);
            for (int i = 0; i < t.length; i++) {
                assertEquals(i > given, s.isScored(i), "position " + i);
            }
            for (int i = 1; i + PATTERN.length < t.length; i++) {
                assertEquals(t[i], t[i + PATTERN.length], "period " + PATTERN.length);
            }
            int[] previous = byPrefix.putIfAbsent(Arrays.toString(Arrays.copyOf(t, 1 + given)), t);
            if (previous != null) {
                assertTrue(Arrays.equals(previous, t), "same given tokens, different sequence");
            }
            assertEquals(0, s.generatorBits());
            phases[phaseOf(t)]++;
        }
        assertEquals(PATTERN.length, byPrefix.size(), "one sequence per phase");
        double[] uniform = new double[PATTERN.length];
        Arrays.fill(uniform, corpus.size() / (double) PATTERN.length);
        CalibrationAssertions.chiSquareFits(phases, uniform);
    }

    /** The pattern position a sequence starts at, found by matching its first period. */
    private static int phaseOf(int[] tokens) {
        for (int phase = 0; phase < PATTERN.length; phase++) {
            boolean match = true;
            for (int i = 0; i < PATTERN.length; i++) {
                match &= tokens[1 + i] == PATTERN[(phase + i) % PATTERN.length];
            }
            if (match) {
                return phase;
            }
        }
        throw new AssertionError("not a rotation of the pattern: " + Arrays.toString(tokens));
    }

    @Test
    void oneTokenFewerThanTheGivenWindowLeavesThePhaseOpen() {
        PeriodicGenerator periodic = new PeriodicGenerator(5, PATTERN, 63, true);
        int shorter = periodic.givenTokens() - 1;
        Map<String, String> next = new HashMap<>();
        boolean ambiguous = false;
        for (TokenSequence s : periodic.corpus(1000, 2).sequences()) {
            int[] t = s.tokens();
            String prefix = Arrays.toString(Arrays.copyOf(t, 1 + shorter));
            String rest = Arrays.toString(Arrays.copyOfRange(t, 1 + shorter, t.length));
            ambiguous |= !next.computeIfAbsent(prefix, p -> rest).equals(rest);
        }
        assertTrue(ambiguous, "with " + shorter + " given tokens two phases would share them");
    }

    @Test
    void aFixedPhaseGivesOneSequenceAllScored() {
        PeriodicGenerator periodic = new PeriodicGenerator(5, PATTERN, 20, false);
        TokenCorpus corpus = periodic.corpus(50, 3);
        TokenSequence first = corpus.sequences().get(0);
        assertEquals(20, first.scoredCount());
        for (TokenSequence s : corpus.sequences()) {
            assertEquals(first, s);
        }
        for (int i = 0; i < 20; i++) {
            assertEquals(PATTERN[i % PATTERN.length], first.token(1 + i));
        }
    }

    @Test
    void aConstantSequenceRepeatsOneToken() {
        PeriodicGenerator constant = PeriodicGenerator.constant(8, 5, 30);
        for (TokenSequence s : constant.corpus(10, 4).sequences()) {
            assertEquals(31, s.length());
            assertEquals(30, s.scoredCount());
            for (int i = 1; i < s.length(); i++) {
                assertEquals(5, s.token(i));
            }
        }
        assertEquals(8, constant.vocabSize());
        assertEquals(0, constant.expectedBitsPerSequence());
    }

    @Test
    void aPatternThatRepeatsAShorterOneHasNoPhaseToTell() {
        assertThrows(IllegalArgumentException.class, () -> new PeriodicGenerator(4, new int[] {1, 2, 1, 2}, 20, true));
        assertFalse(new PeriodicGenerator(4, new int[] {1, 2, 1, 2}, 20, false).randomPhase());
        assertThrows(IllegalArgumentException.class, () -> new PeriodicGenerator(3, new int[] {1, 3}, 20, false));
        assertThrows(IllegalArgumentException.class, () -> new PeriodicGenerator(5, PATTERN, 3, true));
    }
}
