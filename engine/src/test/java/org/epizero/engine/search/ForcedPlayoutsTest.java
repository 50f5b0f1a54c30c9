package org.epizero.engine.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** KataGo's forced playouts and policy-target pruning at a root whose moves are checked by hand. */
class ForcedPlayoutsTest {

    /** Only action 0 wins; the priors lead the search to the losing moves first. */
    private static final OneMoveGame GAME = new OneMoveGame(1, -1, -1, -1);
    private static final float[] PRIORS = {0.1f, 0.4f, 0.3f, 0.2f};
    private static final FixedEvaluator EVALUATOR = new FixedEvaluator(PRIORS, 0f);
    private static final int SIMULATIONS = 400;

    private static Mcts searched(double k) {
        Mcts search = new Mcts(GAME.newInitialState(), SearchConfig.forPlay(SIMULATIONS).withForcedPlayouts(k), 1);
        search.search(EVALUATOR);
        return search;
    }

    @Test
    void everyRootMoveGetsItsForcedShareOfTheVisits() {
        Mcts forced = searched(2);
        Mcts plain = searched(0);
        int total = forced.tree().visits(forced.tree().root());
        boolean anyBelowWithoutForcing = false;
        for (int i = 0; i < PRIORS.length; i++) {
            double share = Math.sqrt(2 * PRIORS[i] * total);
            int visits = forced.tree().visits(forced.tree().child(forced.tree().root(), i));
            // The bound grows with every visit of the root, so a move may trail it by less than one visit.
            assertTrue(visits > share - 1, "action " + i + ": " + visits + " visits, forced " + share);
            anyBelowWithoutForcing |= plain.tree().visits(plain.tree().child(plain.tree().root(), i)) < share - 1;
        }
        assertTrue(anyBelowWithoutForcing, "without forcing some losing move should be visited less: the case tests nothing");
    }

    @Test
    void thePrunedTargetGivesBackForcedVisitsOfLosingMovesOnly() {
        Mcts forced = searched(2);
        SearchTree tree = forced.tree();
        SearchResult r = forced.result();
        int root = tree.root();
        int total = tree.visits(root);
        double explore = SearchConfig.defaults().cPuct() * Math.sqrt(total);
        int winner = tree.child(root, 0);
        assertEquals(0, r.mostVisitedAction());
        double winnerScore = 1 + explore * PRIORS[0] / (1 + tree.visits(winner));
        float[] policy = r.policy();
        for (int i = 1; i < PRIORS.length; i++) {
            int n = tree.visits(tree.child(root, i));
            // Pruned counts relative to the winner's, which keeps all of its visits.
            long kept = Math.round(policy[i] / policy[0] * tree.visits(winner));
            double forcedShare = Math.sqrt(2 * PRIORS[i] * total);
            assertTrue(kept < n, "a losing move kept all " + n + " visits");
            assertTrue(kept == 0 || kept >= n - forcedShare, "more than the forced visits taken back: " + kept + " of " + n);
            // Each loser (value -1) keeps the fewest visits that leave its PUCT score below the winner's.
            long fewest = (long) Math.max(Math.ceil(n - forcedShare), 1);
            while (fewest < n && -1 + explore * PRIORS[i] / (1 + fewest) >= winnerScore) {
                fewest++;
            }
            assertEquals(fewest <= 1 ? 0 : fewest, kept, "action " + i);
        }
        assertEquals(1f, policy[0] + policy[1] + policy[2] + policy[3], 1e-6f);
    }

    @Test
    void fastSearchesAndSearchesWithoutTheOptionAreNotPruned() {
        Mcts fast = new Mcts(GAME.newInitialState(), SearchConfig.forPlay(SIMULATIONS).withForcedPlayouts(2), 1);
        fast.beginSearch(SIMULATIONS, false);
        new LockstepSearch(EVALUATOR).complete(List.of(fast));
        SearchResult r = fast.result();
        assertArrayEquals(SearchResult.visitDistribution(r.visitCounts()), r.policy(), 0f);
        SearchResult plain = searched(0).result();
        assertArrayEquals(SearchResult.visitDistribution(plain.visitCounts()), plain.policy(), 0f);
    }
}
