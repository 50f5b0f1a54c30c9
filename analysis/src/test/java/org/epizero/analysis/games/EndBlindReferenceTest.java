package org.epizero.analysis.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.State;
import org.junit.jupiter.api.Test;

/** The end-blind reference against an exhaustive walk of tic-tac-toe with each game's exact probability. */
class EndBlindReferenceTest {

    private static final Game TICTACTOE = GameRegistry.load().create("tictactoe");

    /** Probability mass of random play reaching move t, and of the game ending there, over the whole tree. */
    private static void walk(State state, double probability, double[] reached, double[] ended) {
        if (state.isTerminal()) {
            ended[state.moveNumber()] += probability;
            return;
        }
        IntList legal = new IntArrayList();
        state.legalActions(legal);
        for (int i = 0; i < legal.size(); i++) {
            State child = state.copy();
            child.apply(legal.getInt(i));
            reached[child.moveNumber()] += probability / legal.size();
            walk(child, probability / legal.size(), reached, ended);
        }
    }

    @Test
    void ticTacToeSamplingAgreesWithTheWholeTree() {
        double[] reached = new double[10];
        double[] ended = new double[10];
        walk(TICTACTOE.newInitialState(), 1, reached, ended);
        double exact = 0;
        for (int t = 1; t < 10; t++) {
            double p = ended[t] / reached[t];
            exact += p <= 0 || p >= 1 ? 0 : -reached[t] * (p * Math.log(p) + (1 - p) * Math.log(1 - p)) / Math.log(2);
        }
        assertEquals(1, ended[9] / reached[9], 1e-12, "every game that reaches move 9 ends there");
        EndBlindReference sampled = EndBlindReference.monteCarlo(TICTACTOE, 200_000, 3);
        assertEquals(exact, sampled.excessBits(), 0.01, "exact " + exact);
        assertTrue(exact > 1 && exact < 17.54, "games end at moves 5 to 9, by a line or a full board: " + exact);
        assertEquals(200_000, sampled.games());
        assertThrows(IllegalArgumentException.class, () -> EndBlindReference.monteCarlo(TICTACTOE, 0, 1));
    }
}
