package org.epizero.games.tictactoe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.epizero.engine.game.GameConformance;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.Perft;
import org.junit.jupiter.api.Test;

class TicTacToeTest {

    @Test
    void passesConformance() {
        GameConformance.check(GameRegistry.load().create("tictactoe"), 300, 1);
    }

    @Test
    void gameTreeMatchesKnownCounts() {
        List<Perft.Ply> plies = Perft.count(TicTacToe.instance(), 9, ply -> { });
        long positions = plies.stream().mapToLong(Perft.Ply::positions).sum();
        long terminal = plies.stream().mapToLong(Perft.Ply::terminalPositions).sum();
        long games = plies.stream().mapToLong(Perft.Ply::endedSequences).sum();
        assertEquals(5478, positions, "distinct legal positions");
        assertEquals(4520, positions - terminal, "non-terminal positions");
        assertEquals(255168, games, "distinct complete games");
        assertEquals(List.of(1L, 9L, 72L, 504L, 3024L, 15120L, 54720L, 148176L, 200448L, 127872L),
                plies.stream().map(Perft.Ply::sequences).toList(), "move sequences per ply");
    }

    @Test
    void detectsWinsForBothSides() {
        TicTacToeState s = TicTacToe.instance().newInitialState();
        for (int a : new int[] {0, 3, 1, 4, 2}) {
            s.apply(a);
        }
        assertEquals(1.0, s.returns(0));
        assertEquals(-1.0, s.returns(1));
        TicTacToeState o = TicTacToe.instance().newInitialState();
        for (int a : new int[] {0, 2, 1, 4, 8, 6}) {
            o.apply(a);
        }
        assertEquals(-1.0, o.returns(0));
        assertEquals(1.0, o.returns(1));
    }

    @Test
    void solverKnowsTheGameIsADrawAndFindsWins() {
        TicTacToeSolver solver = new TicTacToeSolver();
        TicTacToeState empty = TicTacToe.instance().newInitialState();
        assertEquals(0, solver.value(empty), "perfect play draws");
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), solver.optimalMoves(empty), "every first move draws");
        TicTacToeState s = TicTacToe.instance().newInitialState();
        for (int a : new int[] {0, 3, 1, 4}) {
            s.apply(a);
        }
        assertEquals(1, solver.value(s), "X to move wins");
        assertEquals(List.of(2), solver.optimalMoves(s), "only completing the row keeps the win");
    }
}
