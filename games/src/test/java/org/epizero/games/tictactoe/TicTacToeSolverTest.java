package org.epizero.games.tictactoe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import org.junit.jupiter.api.Test;

class TicTacToeSolverTest {

    private final TicTacToeSolver solver = new TicTacToeSolver();

    @Test
    void everyReachablePositionMatchesPlainNegamax() {
        int[] checked = new int[1];
        visit(TicTacToe.instance().newInitialState(), new LongOpenHashSet(), checked);
        assertEquals(4520, checked[0]);
        assertEquals(0, solver.value(TicTacToe.instance().newInitialState()), "tic-tac-toe is a draw");
    }

    private void visit(TicTacToeState s, LongOpenHashSet seen, int[] checked) {
        if (s.isTerminal() || !seen.add(s.hash())) {
            return;
        }
        assertEquals(negamax(s), solver.value(s), s.render());
        checked[0]++;
        IntArrayList legal = new IntArrayList();
        s.legalActions(legal);
        for (int i = 0; i < legal.size(); i++) {
            TicTacToeState child = s.copy();
            child.apply(legal.getInt(i));
            visit(child, seen, checked);
        }
    }

    /** Unmemoised negamax from the mover's view, straight from the rules. */
    private static int negamax(TicTacToeState s) {
        if (s.isTerminal()) {
            int mover = s.moveNumber() & 1;
            return (int) s.returns(mover);
        }
        int best = -1;
        IntArrayList legal = new IntArrayList();
        s.legalActions(legal);
        for (int i = 0; i < legal.size() && best < 1; i++) {
            TicTacToeState child = s.copy();
            child.apply(legal.getInt(i));
            best = Math.max(best, -negamax(child));
        }
        return best;
    }
}
