package org.epizero.analysis.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * A corpus packed into one token stream and cut into training windows of a fixed context length
 * {@code L}: window {@code w} holds stream positions {@code wL .. wL+L}, so every stream token after
 * the first is a target exactly once. Sequences follow each other without separators (game records
 * carry their own start token); the last window is padded with masked targets.
 */
public final class TokenWindows {

    private final int[] stream;
    private final boolean[] scored;
    private final int contextLength;
    private final int windowCount;
    private final long scoredTargets;

    public TokenWindows(TokenCorpus corpus, int contextLength) {
        if (contextLength < 1) {
            throw new IllegalArgumentException("context length must be positive, got " + contextLength);
        }
        long total = corpus.totalTokens();
        if (total < 2) {
            throw new IllegalArgumentException("need at least 2 tokens to form a window, got " + total);
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("corpus too large for one stream: " + total + " tokens");
        }
        this.stream = new int[(int) total];
        this.scored = new boolean[(int) total];
        int at = 0;
        for (TokenSequence s : corpus.sequences()) {
            for (int i = 0; i < s.length(); i++, at++) {
                stream[at] = s.token(i);
                scored[at] = s.isScored(i);
            }
        }
        long count = 0;
        for (int i = 1; i < stream.length; i++) {
            if (scored[i]) {
                count++;
            }
        }
        this.contextLength = contextLength;
        this.windowCount = (stream.length - 1 + contextLength - 1) / contextLength;
        this.scoredTargets = count;
    }

    public int contextLength() {
        return contextLength;
    }

    public int windowCount() {
        return windowCount;
    }

    /** Targets in the stream: every token after the first. */
    public long targetTokens() {
        return stream.length - 1L;
    }

    /** Scored targets in the stream: the tokens whose code length is measured. */
    public long scoredTargets() {
        return scoredTargets;
    }

    /** Windows {@code first .. first+count-1} as one batch of {@code count} rows. */
    public TokenBatch batch(int first, int count) {
        if (first < 0 || count < 1 || first + count > windowCount) {
            throw new IndexOutOfBoundsException("windows " + first + "+" + count + " of " + windowCount);
        }
        int n = count * contextLength;
        long[] inputs = new long[n];
        long[] targets = new long[n];
        float[] mask = new float[n];
        int real = 0;
        int scoredCount = 0;
        for (int row = 0; row < count; row++) {
            int start = (first + row) * contextLength;
            for (int t = 0; t < contextLength; t++) {
                int target = start + t + 1;
                if (target >= stream.length) {
                    break;
                }
                int k = row * contextLength + t;
                inputs[k] = stream[target - 1];
                targets[k] = stream[target];
                real++;
                if (scored[target]) {
                    mask[k] = 1f;
                    scoredCount++;
                }
            }
        }
        return new TokenBatch(inputs, targets, mask, count, contextLength, real, scoredCount);
    }

    /** The whole stream in order, as batches of {@code batchSize} windows (the last may be smaller). */
    public List<TokenBatch> batches(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        List<TokenBatch> batches = new ArrayList<>();
        for (int first = 0; first < windowCount; first += batchSize) {
            batches.add(batch(first, Math.min(batchSize, windowCount - first)));
        }
        return batches;
    }
}
