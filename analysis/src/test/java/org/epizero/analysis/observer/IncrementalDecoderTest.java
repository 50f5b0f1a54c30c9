package org.epizero.analysis.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.PackedWindows;
import org.epizero.analysis.tokens.TokenBatch;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Incremental decoding with a key/value cache against the full forward pass over the same sequences. */
class IncrementalDecoderTest {

    private static final int VOCAB = 10;
    private static final int CONTEXT = 16;

    private static NDManager manager;

    @BeforeAll
    static void engine() {
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void release() {
        manager.close();
    }

    /**
     * An observer trained a little on sequences where each token is the sum of the two before it
     * (mod V), so that its predictions depend on the context through attention.
     */
    private static Observer trained(ObserverSpec spec) {
        Observer o = Observer.create(manager, spec, VOCAB, TrainingConfig.DEFAULT.withLearningRate(1e-2f).withWarmupSteps(0), 17L);
        SplittableRandom random = new SplittableRandom(3);
        List<TokenSequence> sequences = new ArrayList<>();
        for (int s = 0; s < 256; s++) {
            sequences.add(TokenSequence.allScored(fibonacci(random, CONTEXT + 1)));
        }
        for (TokenBatch b : new PackedWindows(new TokenCorpus(sequences, VOCAB), CONTEXT).batches(8)) {
            o.trainStep(b, false);
        }
        return o;
    }

    private static int[] fibonacci(SplittableRandom random, int length) {
        int[] t = randomTokens(random, length);
        for (int i = 2; i < length; i++) {
            t[i] = (t[i - 1] + t[i - 2]) % VOCAB;
        }
        return t;
    }

    private static int[] randomTokens(SplittableRandom random, int length) {
        int[] t = new int[length];
        for (int i = 0; i < length; i++) {
            t[i] = random.nextInt(VOCAB);
        }
        return t;
    }

    /** The full pass over one sequence alone: log-probabilities {@code [n-1][V]} after each of its prefixes. */
    private static float[] fullPass(Observer o, int[] tokens) {
        TokenBatch b = new PackedWindows(new TokenCorpus(List.of(TokenSequence.allScored(tokens)), VOCAB), CONTEXT).batch(0, 1);
        return o.logProbs(b);
    }

    @Test
    void cachedDecodingEqualsTheFullPassForSequencesOfDifferentLengths() {
        ObserverSpec spec = new ObserverSpec("t", 24, 2, 3, CONTEXT, false);
        SplittableRandom random = new SplittableRandom(9);
        int[][] sequences = {fibonacci(random, 5), fibonacci(random, 11), fibonacci(random, CONTEXT)};
        int rows = sequences.length;
        try (Observer o = trained(spec)) {
            int arraysBefore = o.liveArrays();
            try (IncrementalDecoder d = o.decoder(rows)) {
                // A chunk of three positions first, then one position at a time; rows past their end take padding.
                int chunk = 3;
                long[] first = new long[rows * chunk];
                for (int r = 0; r < rows; r++) {
                    for (int j = 0; j < chunk; j++) {
                        first[r * chunk + j] = sequences[r][j];
                    }
                }
                List<float[]> steps = new ArrayList<>();
                steps.add(d.feed(first, chunk));
                for (int t = chunk; t < CONTEXT; t++) {
                    long[] next = new long[rows];
                    for (int r = 0; r < rows; r++) {
                        next[r] = t < sequences[r].length ? sequences[r][t] : 0;
                    }
                    steps.add(d.feed(next, 1));
                }
                assertEquals(CONTEXT, d.length());
                assertEquals(2 * spec.depth(), d.liveArrays(), "the cache holds one key and one value array per layer");
                double largest = 0;
                for (int r = 0; r < rows; r++) {
                    float[] full = fullPass(o, sequences[r]);
                    for (int t = chunk - 1; t < sequences[r].length - 1; t++) {
                        float[] step = steps.get(t - (chunk - 1));
                        for (int v = 0; v < VOCAB; v++) {
                            float expected = full[t * VOCAB + v];
                            float actual = step[r * VOCAB + v];
                            assertEquals(expected, actual, 1e-5, "row " + r + " position " + t + " token " + v);
                            largest = Math.max(largest, Math.abs(expected + (float) Math.log(VOCAB)));
                        }
                    }
                }
                assertTrue(largest > 0.5, "the predictions are far from uniform, so the comparison can fail: " + largest);
                assertThrows(IllegalArgumentException.class, () -> d.feed(new long[rows], 1), "the context is full");
                d.reset();
                float[] again = d.feed(first, chunk);
                assertEquals(steps.get(0).length, again.length);
                for (int k = 0; k < again.length; k++) {
                    assertEquals(steps.get(0)[k], again[k], 1e-6, "a reset decoder starts afresh");
                }
            }
            assertEquals(arraysBefore, o.liveArrays(), "decoding leaves no arrays behind");
        }
    }

    @Test
    void aTiedHeadDecodesLikeTheFullPassToo() {
        ObserverSpec spec = new ObserverSpec("t", 16, 1, 2, CONTEXT, true);
        int[] tokens = randomTokens(new SplittableRandom(4), 9);
        try (Observer o = trained(spec); IncrementalDecoder d = o.decoder(1)) {
            float[] full = fullPass(o, tokens);
            for (int t = 0; t < tokens.length - 1; t++) {
                float[] step = d.feed(new long[] {tokens[t]}, 1);
                for (int v = 0; v < VOCAB; v++) {
                    assertEquals(full[t * VOCAB + v], step[v], 1e-5, "position " + t);
                }
            }
        }
    }
}
