package org.epizero.analysis.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sequence-aligned layout, checked by rebuilding every sequence from the rows: each target
 * must be the token that follows its inputs in its own sequence, and be scored exactly once.
 */
class PackedWindowsTest {

    /** Sequences of random length 2..maxLength whose tokens encode (sequence, index), so a row can be decoded. */
    private static TokenCorpus corpus(int count, int maxLength, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TokenSequence> list = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            int n = 2 + random.nextInt(maxLength - 1);
            int[] tokens = new int[n];
            boolean[] scored = new boolean[n];
            for (int i = 0; i < n; i++) {
                tokens[i] = s * 1000 + i;
                scored[i] = i > 0 && random.nextInt(3) > 0;
            }
            list.add(new TokenSequence(tokens, scored));
        }
        return new TokenCorpus(list, count * 1000);
    }

    @Test
    void wholeSequencesStartAtTheirFirstTokenAndNeverMix() {
        TokenCorpus corpus = corpus(300, 20, 1);
        PackedWindows rows = new PackedWindows(corpus, 24);
        Map<Integer, Integer> scoredSeen = new HashMap<>();
        long padding = 0;
        for (TokenBatch b : rows.batches(7)) {
            for (int k = 0; k < b.inputs().length; k++) {
                if (b.segments()[k] < 0) {
                    padding++;
                    assertEquals(0f, b.mask()[k], "padding is never scored");
                    continue;
                }
                int sequence = (int) b.inputs()[k] / 1000;
                int index = (int) b.inputs()[k] % 1000;
                assertEquals(index, b.positions()[k], "positions restart at every sequence's first token");
                assertEquals(b.inputs()[k] + 1, b.targets()[k], "the target follows its input in the same sequence");
                if (index == 0 && k % b.length() > 0) {
                    assertTrue(b.segments()[k] != b.segments()[k - 1], "a new sequence opens a new segment");
                }
                if (index > 0) {
                    assertEquals(b.segments()[k], b.segments()[k - 1], "a sequence stays in one segment");
                }
                if (b.mask()[k] == 1f) {
                    assertTrue(corpus.sequences().get(sequence).isScored(index + 1));
                    scoredSeen.merge(sequence * 1000 + index + 1, 1, Integer::sum);
                }
            }
        }
        assertEquals(corpus.scoredTargets(), rows.scoredTargets());
        assertEquals(corpus.scoredTargets(), scoredSeen.size());
        assertTrue(scoredSeen.values().stream().allMatch(c -> c == 1), "each scored token once");
        assertEquals(corpus.totalTokens() - corpus.size(), rows.dataTargets());
        assertEquals((long) rows.rowCount() * 24, rows.rowTargets() + padding);
        assertTrue(rows.fill() > 0.6, "rows are packed, fill " + rows.fill());
    }

    @Test
    void longSequencesSlideSoEveryScoredTokenSeesEnoughOfItsPrefix() {
        TokenCorpus corpus = corpus(40, 120, 2);
        int context = 32;
        int stride = 8;
        PackedWindows rows = new PackedWindows(corpus, context, stride);
        Map<Integer, Integer> scoredSeen = new HashMap<>();
        for (TokenBatch b : rows.batches(5)) {
            for (int k = 0; k < b.inputs().length; k++) {
                if (b.mask()[k] == 0f) {
                    continue;
                }
                int target = (int) b.targets()[k] % 1000;
                long seen = b.positions()[k] + 1; // inputs from the window's start up to this one
                assertTrue(seen >= Math.min(target, context - stride + 1),
                        "target " + target + " sees only " + seen + " tokens");
                scoredSeen.merge((int) b.targets()[k], 1, Integer::sum);
            }
        }
        assertEquals(corpus.scoredTargets(), scoredSeen.size());
        assertTrue(scoredSeen.values().stream().allMatch(c -> c == 1), "each scored token once");
        assertEquals(corpus.scoredTargets(), rows.scoredTargets());
    }

    @Test
    void theWholeSequenceContextHoldsTheLongestSequence() {
        TokenCorpus corpus = corpus(50, 150, 3);
        int longest = PackedWindows.longestSequence(corpus);
        int context = PackedWindows.wholeSequenceContext(longest);
        assertTrue(context >= longest - 1 && context % 16 == 0 && context < longest + 15, "context " + context);
        PackedWindows rows = new PackedWindows(corpus, context);
        for (TokenBatch b : rows.batches(rows.rowCount())) {
            for (int k = 0; k < b.inputs().length; k++) {
                if (b.segments()[k] >= 0) {
                    assertEquals(b.inputs()[k] % 1000, b.positions()[k], "no sequence is cut");
                }
            }
        }
        assertEquals(PackedWindows.MIN_CONTEXT, PackedWindows.wholeSequenceContext(12), "short games share a row");
        assertEquals(PackedWindows.MAX_CONTEXT, PackedWindows.wholeSequenceContext(5000), "very long ones slide");
    }

    @Test
    void featuresTravelWithTheirInputTokenInPackedRowsAndSlidingWindows() {
        // Two features per position, 2t and 2t + 1 for token t, on short sequences packed whole
        // and on long ones that slide under a context of 8.
        for (int maxLength : new int[] {20, 60}) {
            List<TokenSequence> list = new ArrayList<>();
            for (TokenSequence s : corpus(100, maxLength, 3).sequences()) {
                int[] features = new int[2 * s.length()];
                for (int i = 0; i < s.length(); i++) {
                    features[2 * i] = 2 * s.token(i);
                    features[2 * i + 1] = 2 * s.token(i) + 1;
                }
                list.add(new TokenSequence(s.tokens(), s.scored(), 2, features, Double.NaN));
            }
            TokenCorpus withFeatures = new TokenCorpus(list, 100 * 1000, new InputFeatures(200 * 1000, 2));
            int checked = 0;
            for (TokenBatch b : new PackedWindows(withFeatures, maxLength == 20 ? 24 : 8).batches(5)) {
                assertEquals(2, b.featuresPerPosition());
                for (int k = 0; k < b.inputs().length; k++) {
                    long first = b.segments()[k] < 0 ? 0 : 2 * b.inputs()[k];
                    assertEquals(first, b.features()[2 * k], "position " + k);
                    assertEquals(b.segments()[k] < 0 ? 0 : first + 1, b.features()[2 * k + 1], "position " + k);
                    checked += b.segments()[k] < 0 ? 0 : 1;
                }
            }
            assertTrue(checked > 900, "positions checked: " + checked);
        }
    }
}
