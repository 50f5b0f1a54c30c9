package org.epizero.engine.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.eval.UniformEvaluator;
import org.epizero.engine.game.State;
import org.junit.jupiter.api.Test;

/**
 * The MCTS-solver against exhaustive minimax on a game whose players move twice in a row, so a
 * proof that assumed alternating players would carry the wrong sign.
 */
class SolverSearchTest {

    private static final int STONES = 11;

    private static SearchConfig solver(int simulations) {
        return SearchConfig.forPlay(simulations).withSolver(true);
    }

    @Test
    void everyProvenNodeHoldsItsMinimaxValue() {
        int provenNodes = 0;
        for (State position : PairMoveNim.reachablePositions(STONES)) {
            // A misleading evaluator: proofs must come from finished games alone.
            Mcts search = new Mcts(position, solver(400), 3);
            search.search(new HashValueEvaluator());
            provenNodes += checkProofs(search.tree(), search.tree().root(), position);
        }
        assertTrue(provenNodes > 200, "too few proofs to check: " + provenNodes);
    }

    @Test
    void provesEveryPositionOfTheGameAndPlaysAWinningMoveWhereOneExists() {
        for (State position : PairMoveNim.reachablePositions(STONES)) {
            int mover = position.currentPlayer();
            SearchResult r = new Mcts(position, solver(2_000), 5).search(new HashValueEvaluator());
            float[] proven = r.provenValues();
            double best = Double.NEGATIVE_INFINITY;
            for (float v : proven) {
                best = Float.isNaN(v) ? best : Math.max(best, v);
            }
            assertEquals(Minimax.value(position, mover), best, 0, "best proven move at " + position.render());
            if (best == 1) {
                assertTrue(Minimax.optimalMoves(position).contains(r.action()), "winning move missed at " + position.render());
            }
        }
    }

    @Test
    void statisticsStayConsistentWhileWalksFollowProofs() {
        HashValueEvaluator evaluator = new HashValueEvaluator();
        for (int leaves : new int[] {1, 4}) {
            SearchConfig config = SearchConfig.defaults().withSimulations(300).withLeavesPerRound(leaves).withSolver(true);
            Mcts search = new Mcts(new PairMoveNim(STONES).newInitialState(), config, 9);
            while (!search.rootState().isTerminal()) {
                SearchResult r = search.search(evaluator);
                SearchTreeChecks.checkBackups(search, evaluator);
                assertEquals(config.simulations(), r.simulations());
                search.advance(r.action());
            }
        }
    }

    @Test
    void walksThroughASolvedRootNeedNoEvaluations() {
        Mcts search = new Mcts(new PairMoveNim(STONES).newInitialState(), solver(3_000), 1);
        CountingEvaluator counting = new CountingEvaluator();
        search.search(counting);
        assertTrue(search.tree().isProven(search.tree().root()), "root not solved in 3,000 simulations");
        long evaluatedBefore = counting.states;
        search.beginSearch();
        new LockstepSearch(counting).search(List.of(search));
        assertEquals(evaluatedBefore, counting.states, "a solved root still sent states to the evaluator");
    }

    @Test
    void withoutTheSolverNothingIsReportedProven() {
        SearchResult r = new Mcts(new OneMoveGame(-1, 1, -1).newInitialState(), SearchConfig.forPlay(20), 1)
                .search(new UniformEvaluator());
        for (float v : r.provenValues()) {
            assertTrue(Float.isNaN(v));
        }
        assertArrayEquals(r.visitCounts(), r.choiceCounts());
    }

    @Test
    void choiceCountsKeepOnlyProvenWinsOrDropProvenLosses() {
        float nan = Float.NaN;
        int[] visits = {10, 50, 0, 5};
        SearchResult win = new SearchResult(0, visits, new float[4], new float[] {nan, -1, 1, nan}, new float[4], 0, 1, 65);
        assertArrayEquals(new int[] {0, 0, 1, 0}, win.choiceCounts(), "an unvisited proven win is still the choice");
        SearchResult loss = new SearchResult(0, visits, new float[4], new float[] {nan, -1, nan, 0}, new float[4], 0, 1, 65);
        assertArrayEquals(new int[] {10, 0, 0, 5}, loss.choiceCounts());
        SearchResult lost = new SearchResult(0, visits, new float[4], new float[] {-1, -1, nan, -1}, new float[4], 0, 1, 65);
        assertArrayEquals(visits, lost.choiceCounts(), "with every visited move lost, any of them may be played");
    }

    /**
     * Checks every proven node below {@code node} (whose position is {@code state}) against minimax
     * and returns how many there were.
     */
    private static int checkProofs(SearchTree tree, int node, State state) {
        int checked = 0;
        if (tree.isProven(node)) {
            for (int p = 0; p < 2; p++) {
                assertEquals(Minimax.value(state, p), tree.provenValue(node, p), 0, "proof at " + state.render());
            }
            checked++;
        }
        if (tree.isExpanded(node)) {
            for (int i = 0; i < tree.childCount(node); i++) {
                int child = tree.child(node, i);
                State next = state.copy();
                next.apply(tree.action(child));
                checked += checkProofs(tree, child, next);
            }
        }
        return checked;
    }

    /** Uniform priors, value 0, and a count of the states evaluated. */
    private static final class CountingEvaluator implements Evaluator {
        private final UniformEvaluator uniform = new UniformEvaluator();
        long states;

        @Override
        public List<Evaluation> evaluate(List<? extends State> batch) {
            states += batch.size();
            return uniform.evaluate(batch);
        }
    }
}
