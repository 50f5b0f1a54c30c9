package org.epizero.games.tictactoe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.epizero.games.ImmediateThreats;
import org.junit.jupiter.api.Test;

class TicTacToeSolverTest {

    @Test
    void solverMatchesPlainNegamaxInEveryReachablePosition() {
        TicTacToeSolver solver = new TicTacToeSolver();
        List<TicTacToeState> positions = TicTacToeSearchTest.nonTerminalPositions();
        assertEquals(4520, positions.size());
        for (TicTacToeState s : positions) {
            assertEquals(negamax(s), solver.value(s), s.render());
        }
    }

    /** Value for the player to move, by exhaustive search through the public state API. */
    private static int negamax(TicTacToeState s) {
        if (s.isTerminal()) {
            int justMoved = (s.moveNumber() - 1) & 1;
            return (int) -s.returns(justMoved);
        }
        int best = -1;
        for (int a : ImmediateThreats.legal(s)) {
            TicTacToeState c = s.copy();
            c.apply(a);
            best = Math.max(best, -negamax(c));
        }
        return best;
    }
}
