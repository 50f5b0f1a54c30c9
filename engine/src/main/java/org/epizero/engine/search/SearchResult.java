package org.epizero.engine.search;

import java.util.Arrays;

/**
 * What one search found at its root.
 *
 * @param player the player to move at the root; every value here is from that player's view
 * @param visitCounts completed visits of each action, indexed over all {@code numDistinctActions}
 *     actions (0 for illegal ones)
 * @param actionValues mean value of each visited action from {@code player}'s view; NaN for
 *     actions without visits
 * @param provenValues with the search's solver on, the proven game-theoretic value of each action
 *     from {@code player}'s view; NaN where not proven, and everywhere with the solver off
 * @param policy the search's policy target over all actions: the visit distribution with PUCT,
 *     the completed-Q improved policy with Gumbel
 * @param rootValue mean backed-up value of the root from {@code player}'s view
 * @param action the action chosen (see {@link Mcts#result()})
 * @param simulations simulations completed by this search (visits reused from an earlier search
 *     are not counted)
 */
public record SearchResult(
        int player, int[] visitCounts, float[] actionValues, float[] provenValues, float[] policy, double rootValue, int action,
        int simulations) {

    public SearchResult {
        visitCounts = visitCounts.clone();
        actionValues = actionValues.clone();
        provenValues = provenValues.clone();
        policy = policy.clone();
    }

    /** This result with another chosen action. */
    SearchResult withAction(int chosen) {
        return new SearchResult(player, visitCounts, actionValues, provenValues, policy, rootValue, chosen, simulations);
    }

    @Override
    public int[] visitCounts() {
        return visitCounts.clone();
    }

    @Override
    public float[] actionValues() {
        return actionValues.clone();
    }

    @Override
    public float[] provenValues() {
        return provenValues.clone();
    }

    /**
     * The visit counts a move is chosen from: with a proven win, only the winning moves' counts
     * (at least 1 each); otherwise the counts with every proven loss set to 0, unless that would
     * leave no visited move. Without proven moves, the visit counts themselves.
     */
    public int[] choiceCounts() {
        int[] counts = visitCounts.clone();
        boolean win = false;
        for (float v : provenValues) {
            win |= v >= 1;
        }
        boolean visitedLeft = false;
        for (int a = 0; a < counts.length; a++) {
            boolean keep = win ? provenValues[a] >= 1 : !(provenValues[a] <= -1);
            counts[a] = !keep ? 0 : win ? Math.max(1, counts[a]) : counts[a];
            visitedLeft |= counts[a] > 0;
        }
        return visitedLeft ? counts : visitCounts.clone();
    }

    @Override
    public float[] policy() {
        return policy.clone();
    }

    /** Visits of one action. */
    public int visits(int a) {
        return visitCounts[a];
    }

    /** Visit counts divided by their sum (all 0 when there are none). */
    static float[] visitDistribution(int[] visitCounts) {
        long total = Arrays.stream(visitCounts).asLongStream().sum();
        float[] p = new float[visitCounts.length];
        for (int a = 0; a < p.length; a++) {
            p[a] = total == 0 ? 0f : (float) ((double) visitCounts[a] / total);
        }
        return p;
    }

    /** The most visited action (lowest index among ties). */
    public int mostVisitedAction() {
        int best = 0;
        for (int a = 1; a < visitCounts.length; a++) {
            if (visitCounts[a] > visitCounts[best]) {
                best = a;
            }
        }
        return best;
    }
}
