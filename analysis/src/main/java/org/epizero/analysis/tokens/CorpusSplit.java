package org.epizero.analysis.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A corpus split into the training stream (the measured dataset X, in a seeded random order) and a
 * held-out part of the same distribution, used only to score final models.
 *
 * @param train sequences the observer trains on, once each, in this order
 * @param heldOut sequences never trained on
 */
public record CorpusSplit(TokenCorpus train, TokenCorpus heldOut) {

    /**
     * Shuffles the sequences with {@code seed} and moves a fraction of them (at least one) to the
     * held-out part.
     */
    public static CorpusSplit split(TokenCorpus corpus, double heldOutFraction, long seed) {
        if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
            throw new IllegalArgumentException("held-out fraction must be in (0, 1), got " + heldOutFraction);
        }
        int n = corpus.size();
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 sequences to split, got " + n);
        }
        List<TokenSequence> order = new ArrayList<>(corpus.sequences());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            TokenSequence tmp = order.get(i);
            order.set(i, order.get(j));
            order.set(j, tmp);
        }
        int heldOutCount = (int) Math.min(n - 1, Math.max(1, Math.round(heldOutFraction * n)));
        return new CorpusSplit(
                corpus.withSequences(order.subList(heldOutCount, n)),
                corpus.withSequences(order.subList(0, heldOutCount)));
    }
}
