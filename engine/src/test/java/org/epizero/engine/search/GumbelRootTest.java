package org.epizero.engine.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.epizero.engine.eval.Evaluator;
import org.junit.jupiter.api.Test;

/** Gumbel AlphaZero's root on one-move games whose every visit and value is worked out by hand. */
class GumbelRootTest {

    private static final float[] PRIORS = {0.4f, 0.3f, 0.2f, 0.1f};

    /** The same priors and a value of 0 (a draw, 0.5 in [0, 1]) for every state. */
    private static final Evaluator FIXED = new FixedEvaluator(PRIORS, 0f);

    private static SearchConfig gumbel(int simulations, GumbelSettings settings) {
        return SearchConfig.forPlay(simulations).withGumbel(settings);
    }

    @Test
    void sequentialHalvingSchedulesEqualVisitsPerPhaseAndHalvesTheField() {
        // 4 actions, 8 simulations: 2 phases; 4 x 1 visit, then the best 2 get 8 / (2 * 2) = 2 each.
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 2, 2}, GumbelRoot.visitSchedule(4, 8));
        // 16 actions, 32 simulations: 4 phases planned; 16 x 1, 8 x 1 and 4 x 2 (32 / (4 * 4) each) spend the budget.
        int[] sixteen = GumbelRoot.visitSchedule(16, 32);
        int[] expected = new int[32];
        for (int k = 16; k < 24; k++) {
            expected[k] = 1;
        }
        for (int k = 24; k < 32; k++) {
            expected[k] = 2 + (k - 24) / 4;
        }
        assertArrayEquals(expected, sixteen);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, GumbelRoot.visitSchedule(1, 5), "one action takes every visit");
        assertArrayEquals(new int[] {0, 0, 0}, GumbelRoot.visitSchedule(8, 3), "fewer simulations than actions");
        assertArrayEquals(new int[0], GumbelRoot.visitSchedule(4, 0));
    }

    @Test
    void halvingKeepsTheBetterHalfAndPlaysItsBestAction() {
        // Only action 2 wins. Phase 1 visits every action once (in prior order); sigma(q) = 51 q
        // then puts action 2 first and action 0 (best logit among the losers) second; phase 2
        // gives both two more visits. The survivor with the better score is action 2.
        OneMoveGame game = new OneMoveGame(-1, -1, 1, -1);
        SearchResult r = new Mcts(game.newInitialState(), gumbel(9, GumbelSettings.sampling(4)), 1).search(FIXED);
        assertArrayEquals(new int[] {3, 1, 3, 1}, r.visitCounts());
        assertEquals(2, r.action());
        assertEquals(9, r.simulations());
    }

    @Test
    void onlyTheTopMActionsByPriorAreSearchedWithoutNoise() {
        OneMoveGame game = new OneMoveGame(-1, -1, -1, 1);
        SearchResult r = new Mcts(game.newInitialState(), gumbel(9, GumbelSettings.sampling(2)), 1).search(FIXED);
        // m = 2: actions 0 and 1 (largest priors) share the 8 simulations; action 3 wins but is never tried.
        assertArrayEquals(new int[] {4, 4, 0, 0}, r.visitCounts());
    }

    @Test
    void improvedPolicyCompletesUnvisitedActionsWithTheMixedValue() {
        // m = 3 and 2 simulations after the root's own: actions 0 (q = 0 in [0, 1]) and 1 (q = 1)
        // get one visit each. With cVisit 0 and cScale 1, sigma(q) = max N * q = q.
        // v_mix = (0.5 + 2 / (0.4 + 0.3) * (0.4 * 0 + 0.3 * 1)) / (1 + 2) = 0.452381, the value of
        // the unvisited actions 2 and 3; policy = softmax(log p + (0, 1, v_mix, v_mix)).
        OneMoveGame game = new OneMoveGame(-1, 1, 0, -1);
        SearchResult r = new Mcts(game.newInitialState(), gumbel(3, new GumbelSettings(3, 0, 1)), 1).search(FIXED);
        assertArrayEquals(new int[] {1, 1, 0, 0}, r.visitCounts());
        assertArrayEquals(new float[] {0.2370933f, 0.4833647f, 0.1863613f, 0.0931807f}, r.policy(), 1e-6f);
        assertEquals(1, r.action(), "score log p + sigma(q): -0.916 for action 0, -1.204 + 1 for action 1");
    }

    @Test
    void withoutSimulationsGumbelNoiseSamplesMovesFromThePrior() {
        // With no visit to compare, the move is argmax(g + log p): the Gumbel-max trick draws it with probability p.
        OneMoveGame game = new OneMoveGame(0, 0, 0, 0);
        SearchConfig config = gumbel(1, GumbelSettings.sampling(4)).withTemperature(1);
        int draws = 20_000;
        int[] chosen = new int[4];
        for (int seed = 0; seed < draws; seed++) {
            chosen[new Mcts(game.newInitialState(), config, seed).search(FIXED).action()]++;
        }
        for (int a = 0; a < 4; a++) {
            double p = PRIORS[a];
            double sd = Math.sqrt(p * (1 - p) / draws);
            assertEquals(p, (double) chosen[a] / draws, 4 * sd, "share of action " + a);
        }
    }

    @Test
    void dirichletNoiseIsNotMixedIntoAGumbelRoot() {
        OneMoveGame game = new OneMoveGame(0, 0, 0, 0);
        SearchConfig config = gumbel(5, GumbelSettings.sampling(4)).withNoiseWeight(0.25).withTemperature(1);
        Mcts search = new Mcts(game.newInitialState(), config, 3);
        search.search(FIXED);
        SearchTree tree = search.tree();
        for (int i = 0; i < tree.childCount(tree.root()); i++) {
            assertEquals(PRIORS[i], tree.prior(tree.child(tree.root(), i)), 0f);
        }
        assertTrue(config.gumbel().enabled());
    }
}
