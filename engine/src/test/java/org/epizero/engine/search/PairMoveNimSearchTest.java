package org.epizero.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.List;
import org.epizero.engine.eval.UniformEvaluator;
import org.epizero.engine.game.State;
import org.junit.jupiter.api.Test;

/** Search on a game where each player moves twice in a row, checked against exhaustive minimax. */
class PairMoveNimSearchTest {

    private static final int STONES = 11;

    @Test
    void playersReallyMoveTwiceInARow() {
        State s = new PairMoveNim(5).newInitialState();
        int[] order = new int[4];
        for (int i = 0; i < 4; i++) {
            order[i] = s.currentPlayer();
            s.apply(0);
        }
        assertEquals(List.of(0, 0, 1, 1), IntList.of(order));
    }

    @Test
    void picksAMinimaxOptimalMoveEverywhere() {
        int decisive = 0;
        for (State s : PairMoveNim.reachablePositions(STONES)) {
            IntList optimal = Minimax.optimalMoves(s);
            IntArrayList legal = new IntArrayList();
            s.legalActions(legal);
            if (optimal.size() < legal.size()) {
                decisive++;
            }
            SearchResult r = new Mcts(s, SearchConfig.forPlay(300), 7).search(new UniformEvaluator());
            assertTrue(optimal.contains(r.action()), "move " + r.action() + " not optimal at " + s.render());
        }
        assertTrue(decisive >= 8, "too few positions where the choice matters: " + decisive);
    }

    @Test
    void rootValueHasTheSignOfTheMinimaxValue() {
        for (State s : PairMoveNim.reachablePositions(STONES)) {
            int mover = s.currentPlayer();
            int truth = Minimax.value(s, mover);
            SearchResult r = new Mcts(s, SearchConfig.forPlay(300), 11).search(new UniformEvaluator());
            assertEquals(mover, r.player());
            assertEquals(truth, (int) Math.signum(r.rootValue()), "root value " + r.rootValue() + " at " + s.render());
        }
    }

    @Test
    void backedUpValuesMatchTheEvaluationsAcrossDoubleMoves() {
        HashValueEvaluator evaluator = new HashValueEvaluator();
        for (int leaves : new int[] {1, 4}) {
            SearchConfig config = SearchConfig.defaults().withSimulations(150).withLeavesPerRound(leaves);
            Mcts search = new Mcts(new PairMoveNim(STONES).newInitialState(), config, 3);
            int checked = 0;
            while (!search.rootState().isTerminal()) {
                SearchResult r = search.search(evaluator);
                checked += SearchTreeChecks.checkBackups(search, evaluator);
                search.advance(r.action());
            }
            assertTrue(checked > 100, "too few nodes checked: " + checked);
        }
    }

    @Test
    void treeReuseKeepsTheChosenChildsVisits() {
        HashValueEvaluator evaluator = new HashValueEvaluator();
        SearchConfig config = SearchConfig.defaults().withSimulations(200);
        Mcts search = new Mcts(new PairMoveNim(STONES).newInitialState(), config, 5);
        SearchResult first = search.search(evaluator);
        SearchTree tree = search.tree();
        int child = childFor(tree, tree.root(), first.action());
        int keptVisits = tree.visits(child);
        int[] grandchildVisits = childVisits(tree, child);
        double keptValue = tree.valueSum(child, 0);
        assertTrue(keptVisits > 1, "chosen child barely visited");

        search.advance(first.action());
        tree = search.tree();
        assertEquals(keptVisits, tree.visits(tree.root()));
        assertEquals(keptValue, tree.valueSum(tree.root(), 0), 1e-9);
        assertEquals(IntList.of(grandchildVisits), IntList.of(childVisits(tree, tree.root())));
        SearchTreeChecks.checkBackups(search, evaluator);

        search.search(evaluator);
        assertEquals(keptVisits + config.simulations(), search.tree().visits(search.tree().root()));

        Mcts fresh = new Mcts(new PairMoveNim(STONES).newInitialState(), config.withReuseTree(false), 5);
        fresh.advance(fresh.search(evaluator).action());
        assertEquals(0, fresh.tree().visits(fresh.tree().root()), "tree kept without reuse");
    }

    private static int childFor(SearchTree tree, int node, int action) {
        for (int i = 0; i < tree.childCount(node); i++) {
            if (tree.action(tree.child(node, i)) == action) {
                return tree.child(node, i);
            }
        }
        throw new AssertionError("no child for action " + action);
    }

    private static int[] childVisits(SearchTree tree, int node) {
        int[] v = new int[tree.childCount(node)];
        for (int i = 0; i < v.length; i++) {
            v[i] = tree.visits(tree.child(node, i));
        }
        return v;
    }
}
