package org.epizero.analysis.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Splits a corpus so that the measured part X holds exactly a stated number of scored targets
 * (scored tokens after the first of each sequence, which is never predicted), whatever the
 * lengths of its sequences: corpora compared with each other then code the same
 * number of tokens. The sequences are shuffled with the seed; whole sequences go to the held-out
 * part until it holds {@link #heldOutTokens} scored tokens, then sequences go to X until it holds
 * exactly {@code scoredTokens} targets, the last one cut after the scored token that reaches the count
 * (a partial game at the end of X). What is left is unused.
 */
public final class EqualTokenSplit {

    private EqualTokenSplit() {}

    /** Scored held-out tokens beside {@code scoredTokens} measured ones: a {@code heldOutFraction} share of both. */
    public static long heldOutTokens(long scoredTokens, double heldOutFraction) {
        if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
            throw new IllegalArgumentException("held-out fraction must be in (0, 1), got " + heldOutFraction);
        }
        return (long) Math.ceil(scoredTokens * heldOutFraction / (1 - heldOutFraction));
    }

    /**
     * Scored tokens a corpus needs for {@link #split} to succeed, given the most scored tokens one
     * sequence holds (the held-out part may overshoot its share by one sequence).
     */
    public static long requiredTokens(long scoredTokens, double heldOutFraction, int maxScoredPerSequence) {
        return scoredTokens + heldOutTokens(scoredTokens, heldOutFraction) + maxScoredPerSequence;
    }

    /**
     * The largest X size that {@code corpus} supports with every seed (the inverse of
     * {@link #requiredTokens}, rounded down); 0 if none.
     */
    public static long largestSupported(TokenCorpus corpus, double heldOutFraction) {
        int longest = 0;
        for (TokenSequence s : corpus.sequences()) {
            longest = Math.max(longest, s.scoredTargets());
        }
        long budget = corpus.scoredTargets() - longest;
        long n = Math.max(0, (long) Math.floor(budget * (1 - heldOutFraction)));
        while (n > 0 && requiredTokens(n, heldOutFraction, longest) > corpus.scoredTargets()) {
            n--;
        }
        return n;
    }

    /**
     * The split for one seed.
     *
     * @throws IllegalArgumentException if the corpus holds too few scored tokens
     */
    public static CorpusSplit split(TokenCorpus corpus, long scoredTokens, double heldOutFraction, long seed) {
        if (scoredTokens < 1) {
            throw new IllegalArgumentException("need at least one scored token to measure, got " + scoredTokens);
        }
        long heldOutTarget = heldOutTokens(scoredTokens, heldOutFraction);
        List<TokenSequence> order = new ArrayList<>(corpus.sequences());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            TokenSequence tmp = order.get(i);
            order.set(i, order.get(j));
            order.set(j, tmp);
        }
        List<TokenSequence> heldOut = new ArrayList<>();
        List<TokenSequence> train = new ArrayList<>();
        long heldOutCount = 0;
        long trainCount = 0;
        long goal = scoredTokens;
        for (TokenSequence s : order) {
            if (s.scoredTargets() == 0) {
                continue;
            }
            if (heldOutCount < heldOutTarget) {
                heldOut.add(s);
                heldOutCount += s.scoredTargets();
            } else {
                if (trainCount + s.scoredTargets() <= goal) {
                    train.add(s);
                    trainCount += s.scoredTargets();
                } else {
                    train.add(prefix(s, (int) (goal - trainCount)));
                    trainCount = goal;
                }
            }
            if (trainCount == goal) {
                break;
            }
        }
        if (train.isEmpty() || trainCount < goal) {
            throw new IllegalArgumentException("corpus holds " + corpus.scoredTargets() + " scored tokens; measuring "
                    + scoredTokens + " with " + heldOutTarget + " held out needs more");
        }
        return new CorpusSplit(corpus.withSequences(train), corpus.withSequences(heldOut));
    }

    /** The shortest prefix of {@code s} holding {@code scored} scored targets (tokens after the first). */
    static TokenSequence prefix(TokenSequence s, int scored) {
        int seen = 0;
        int end = 1;
        while (seen < scored) {
            if (s.isScored(end)) {
                seen++;
            }
            end++;
        }
        return s.prefix(end);
    }
}
