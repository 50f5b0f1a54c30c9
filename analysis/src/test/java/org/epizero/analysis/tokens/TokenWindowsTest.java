package org.epizero.analysis.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenWindowsTest {

    private static TokenCorpus corpus() {
        // Token value = its position in the stream, so every target can be traced back.
        List<TokenSequence> list = new ArrayList<>();
        int next = 0;
        for (int length : new int[] {3, 5, 1, 4}) {
            int[] tokens = new int[length];
            boolean[] scored = new boolean[length];
            for (int i = 0; i < length; i++) {
                tokens[i] = next++;
                scored[i] = tokens[i] % 3 != 0;
            }
            list.add(new TokenSequence(tokens, scored));
        }
        return new TokenCorpus(list, 20);
    }

    @Test
    void everyTokenAfterTheFirstIsATargetExactlyOnceWithItsOwnMask() {
        for (int context = 1; context <= 14; context++) {
            TokenWindows windows = new TokenWindows(corpus(), context);
            assertEquals(12, windows.targetTokens());
            int[] seen = new int[13];
            long scored = 0;
            for (TokenBatch batch : windows.batches(3)) {
                for (int k = 0; k < batch.targets().length; k++) {
                    if (isPadding(batch, k)) {
                        assertEquals(0f, batch.mask()[k]);
                        continue;
                    }
                    int target = (int) batch.targets()[k];
                    seen[target]++;
                    assertEquals(target - 1, batch.inputs()[k], "input is the previous stream token");
                    assertEquals(target % 3 != 0 ? 1f : 0f, batch.mask()[k]);
                    scored += (long) batch.mask()[k];
                }
            }
            assertEquals(0, seen[0]);
            for (int t = 1; t <= 12; t++) {
                assertEquals(1, seen[t], "context " + context + " token " + t);
            }
            assertEquals(windows.scoredTargets(), scored);
        }
    }

    /** Padding holds token 0, which as the first stream token is never a real target. */
    private static boolean isPadding(TokenBatch batch, int k) {
        return batch.targets()[k] == 0;
    }

    @Test
    void windowsStartWhereThePreviousEnded() {
        TokenWindows windows = new TokenWindows(corpus(), 4);
        assertEquals(3, windows.windowCount());
        TokenBatch first = windows.batch(0, 1);
        TokenBatch second = windows.batch(1, 1);
        assertEquals(first.targets()[3], second.inputs()[0]);
        TokenBatch last = windows.batch(2, 1);
        assertEquals(4, last.realTargets());
    }

    @Test
    void splitIsDisjointCompleteAndSeeded() {
        List<TokenSequence> list = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            list.add(TokenSequence.allScored(i, i + 1));
        }
        TokenCorpus corpus = new TokenCorpus(list, 60);
        CorpusSplit a = CorpusSplit.split(corpus, 0.2, 9);
        CorpusSplit b = CorpusSplit.split(corpus, 0.2, 9);
        CorpusSplit c = CorpusSplit.split(corpus, 0.2, 10);
        assertEquals(10, a.heldOut().size());
        assertEquals(40, a.train().size());
        Set<TokenSequence> all = new HashSet<>(a.train().sequences());
        all.addAll(a.heldOut().sequences());
        assertEquals(new HashSet<>(list), all);
        assertEquals(a, b);
        assertNotEquals(a.train().sequences(), c.train().sequences());
        assertTrue(a.train().sequences().stream().noneMatch(a.heldOut().sequences()::contains));
    }
}
