package org.epizero.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.List;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.State;

/**
 * Recomputes a search tree's statistics from the game and a deterministic evaluator, independently
 * of how the search backed them up. Published with the engine's test classes for game modules.
 */
public final class SearchTreeChecks {

    private static final double TOLERANCE = 1e-6;

    private SearchTreeChecks() {
    }

    /**
     * Checks every node of {@code search}'s tree, replaying its moves from the root position: an
     * expanded node's children are exactly the legal actions; its visits are one (its own
     * evaluation) plus its children's; and, for each player, its value sum equals the evaluator's
     * value of its position (converted from the mover's view to that player's) plus the children's
     * value sums seen from that same player. A finished game holds its reward per visit. Any value
     * sign slip between a parent and its child breaks the sums. {@code evaluator} must be the
     * deterministic one the search used. Returns the number of visited nodes checked.
     */
    public static int checkBackups(Mcts search, Evaluator evaluator) {
        SearchTree tree = search.tree();
        return check(tree, tree.root(), search.rootState(), evaluator);
    }

    private static int check(SearchTree tree, int node, State state, Evaluator evaluator) {
        int visits = tree.visits(node);
        if (visits == 0) {
            assertEquals(0.0, tree.valueSum(node, 0), 0.0, "unvisited node holds value");
            assertTrue(!tree.isExpanded(node) && !tree.isTerminal(node), "unvisited node was expanded");
            return 0;
        }
        if (state.isTerminal()) {
            assertTrue(tree.isTerminal(node), "finished game not marked terminal");
            for (int p = 0; p < 2; p++) {
                assertEquals(visits * state.returns(p), tree.valueSum(node, p), TOLERANCE, "terminal value sum");
            }
            return 1;
        }
        assertTrue(tree.isExpanded(node), "visited non-terminal node is not expanded");
        int mover = state.currentPlayer();
        assertEquals(mover, tree.playerToMove(node), "player to move");
        IntArrayList legal = new IntArrayList();
        state.legalActions(legal);
        assertEquals(legal.size(), tree.childCount(node), "one child per legal action");
        Evaluation own = evaluator.evaluate(List.of(state)).get(0);
        int childVisits = 0;
        double[] expected = {mover == 0 ? own.value() : -own.value(), mover == 1 ? own.value() : -own.value()};
        int checked = 1;
        for (int i = 0; i < legal.size(); i++) {
            int child = tree.child(node, i);
            assertEquals(legal.getInt(i), tree.action(child), "child action");
            assertEquals(node, tree.parent(child), "child's parent");
            childVisits += tree.visits(child);
            for (int p = 0; p < 2; p++) {
                expected[p] += tree.valueSum(child, p);
            }
            State next = state.copy();
            next.apply(tree.action(child));
            checked += check(tree, child, next, evaluator);
        }
        assertEquals(1 + childVisits, visits, "visits = own evaluation + children's visits");
        for (int p = 0; p < 2; p++) {
            assertEquals(expected[p], tree.valueSum(node, p), TOLERANCE * visits, "value sum for player " + p);
        }
        return checked;
    }
}
