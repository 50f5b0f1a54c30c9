package org.epizero.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import java.util.Arrays;
import java.util.List;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.State;
import org.junit.jupiter.api.Test;

/** The final move choice by lower confidence bound, and the value variances it rests on. */
class LowerConfidenceBoundTest {

    /** Payoffs of the one-move game for player 0: the priors below favour the worse moves. */
    private static final double[] PAYOFFS = {0.2, 0.3, 0.6, 0.9};
    private static final float[] PRIORS = {0.6f, 0.33f, 0.05f, 0.02f};

    private static final Evaluator SKEWED = new FixedEvaluator(PRIORS, 0f);

    @Test
    void choosesTheBestBoundAmongMovesWithEnoughVisits() {
        State root = new OneMoveGame(PAYOFFS).newInitialState();
        SearchResult plain = new Mcts(root, SearchConfig.forPlay(30), 1).search(SKEWED);
        SearchResult lcb = new Mcts(root, SearchConfig.forPlay(30).withLcbStdevs(5), 1).search(SKEWED);
        int[] visits = plain.visitCounts();
        int most = plain.mostVisitedAction();
        // Every payoff is certain, so each move's bound is its payoff; the best eligible payoff wins.
        int expected = -1;
        for (int a = 0; a < PAYOFFS.length; a++) {
            if (visits[a] >= SearchConfig.LCB_MIN_VISIT_SHARE * visits[most] && (expected < 0 || PAYOFFS[a] > PAYOFFS[expected])) {
                expected = a;
            }
        }
        assertEquals(most, plain.action(), "without LCB the most visited move");
        assertEquals(expected, lcb.action());
        assertNotEquals(most, expected, "the case does not separate LCB from the most visited move");
        assertTrue(visits[3] < SearchConfig.LCB_MIN_VISIT_SHARE * visits[most] && expected != 3,
                "the best payoff should be too rarely visited to be chosen: " + Arrays.toString(visits));
    }

    @Test
    void varianceOfEveryNodeIsThatOfTheValuesBackedUpThroughIt() {
        HashValueEvaluator evaluator = new HashValueEvaluator();
        Mcts search = new Mcts(new PairMoveNim(11).newInitialState(), SearchConfig.defaults().withSimulations(300), 4);
        search.search(evaluator);
        SearchTree tree = search.tree();
        int checked = check(tree, tree.root(), search.rootState(), evaluator);
        assertTrue(checked > 50, "too few nodes with two or more visits: " + checked);
    }

    /** Compares the variance of each node under {@code node} with one recomputed from its subtree. */
    private static int check(SearchTree tree, int node, State state, Evaluator evaluator) {
        int checked = 0;
        DoubleArrayList values = new DoubleArrayList();
        collect(tree, node, state, evaluator, values);
        assertEquals(tree.visits(node), values.size(), "one backed-up value per visit");
        if (values.size() >= 2) {
            double mean = values.doubleStream().average().orElseThrow();
            double variance = values.doubleStream().map(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
            assertEquals(variance, tree.valueVariance(node), 1e-9, "variance at " + state.render());
            checked++;
        }
        if (tree.isExpanded(node)) {
            for (int i = 0; i < tree.childCount(node); i++) {
                State next = state.copy();
                next.apply(tree.action(tree.child(node, i)));
                checked += check(tree, tree.child(node, i), next, evaluator);
            }
        }
        return checked;
    }

    /** The values that walks ended with below {@code node}, from player 0's view. */
    private static void collect(SearchTree tree, int node, State state, Evaluator evaluator, DoubleArrayList out) {
        if (tree.isTerminal(node)) {
            for (int v = 0; v < tree.visits(node); v++) {
                out.add(state.returns(0));
            }
            return;
        }
        if (!tree.isExpanded(node)) {
            return;
        }
        float value = evaluator.evaluate(List.of(state)).get(0).value();
        out.add(state.currentPlayer() == 0 ? value : -value);
        for (int i = 0; i < tree.childCount(node); i++) {
            State next = state.copy();
            next.apply(tree.action(tree.child(node, i)));
            collect(tree, tree.child(node, i), next, evaluator, out);
        }
    }
}
