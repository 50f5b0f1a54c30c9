package org.epizero.analysis.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EqualTokenSplitTest {

    /** Sequences of 3..12 tokens, the first (unscored) token naming the sequence, the rest scored. */
    private static TokenCorpus corpus(int sequences, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TokenSequence> list = new ArrayList<>();
        for (int i = 0; i < sequences; i++) {
            int length = 3 + random.nextInt(10);
            int[] tokens = new int[length];
            boolean[] scored = new boolean[length];
            tokens[0] = i;
            for (int k = 1; k < length; k++) {
                tokens[k] = random.nextInt(5);
                scored[k] = true;
            }
            list.add(new TokenSequence(tokens, scored));
        }
        return new TokenCorpus(list, sequences);
    }

    @Test
    void everySeedMeasuresExactlyTheStatedTokensOnDisjointSequences() {
        TokenCorpus c = corpus(400, 1);
        long n = EqualTokenSplit.largestSupported(c, 0.1);
        assertTrue(n > 0.8 * c.scoredTargets() && n < c.scoredTargets(), "n " + n);
        for (long seed = 1; seed <= 20; seed++) {
            for (long tokens : new long[] {1, 97, 1000, n}) {
                CorpusSplit s = EqualTokenSplit.split(c, tokens, 0.1, seed);
                assertEquals(tokens, s.train().scoredTargets());
                assertTrue(s.heldOut().scoredTargets() >= EqualTokenSplit.heldOutTokens(tokens, 0.1));
                Set<Integer> names = new HashSet<>();
                s.train().sequences().forEach(q -> names.add(q.token(0)));
                s.heldOut().sequences().forEach(q -> assertTrue(names.add(q.token(0)), "sequence in both parts"));
                assertEquals(s.train().size() + s.heldOut().size(), names.size());
            }
        }
    }

    @Test
    void onlyTheLastMeasuredSequenceIsCutAfterAScoredToken() {
        TokenCorpus c = corpus(100, 2);
        CorpusSplit s = EqualTokenSplit.split(c, 333, 0.1, 5);
        List<TokenSequence> train = s.train().sequences();
        for (int i = 0; i < train.size(); i++) {
            TokenSequence original = c.sequences().get(train.get(i).token(0));
            if (i < train.size() - 1) {
                assertEquals(original, train.get(i));
            } else {
                assertTrue(train.get(i).length() <= original.length());
                assertTrue(train.get(i).isScored(train.get(i).length() - 1));
                for (int k = 0; k < train.get(i).length(); k++) {
                    assertEquals(original.token(k), train.get(i).token(k));
                }
            }
        }
    }

    @Test
    void aScoredFirstTokenIsNotCountedBecauseNothingPredictsIt() {
        List<TokenSequence> list = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            list.add(TokenSequence.allScored(i, 1, 2, 3));
        }
        CorpusSplit s = EqualTokenSplit.split(new TokenCorpus(list, 50), 10, 0.1, 1);
        assertEquals(10, s.train().scoredTargets());
        assertEquals(10, new PackedWindows(s.train(), 8).scoredTargets());
        long tokens = s.train().sequences().stream().mapToLong(TokenSequence::scoredCount).sum();
        assertTrue(tokens > 10, "the scored first tokens are in the data but not counted: " + tokens);
    }

    @Test
    void splitsAreSeededAndDeterministic() {
        TokenCorpus c = corpus(200, 3);
        assertEquals(EqualTokenSplit.split(c, 500, 0.1, 4), EqualTokenSplit.split(c, 500, 0.1, 4));
        assertNotEquals(EqualTokenSplit.split(c, 500, 0.1, 4).train(), EqualTokenSplit.split(c, 500, 0.1, 5).train());
    }

    @Test
    void tooSmallACorpusIsRefused() {
        TokenCorpus c = corpus(10, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EqualTokenSplit.split(c, c.scoredTargets(), 0.1, 1));
        assertTrue(e.getMessage().contains("needs more"), e.getMessage());
        assertTrue(EqualTokenSplit.requiredTokens(100, 0.1, 11) == 100 + 12 + 11);
    }
}
