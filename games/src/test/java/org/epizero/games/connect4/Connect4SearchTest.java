package org.epizero.games.connect4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntList;
import java.util.Random;
import org.epizero.engine.eval.RandomRolloutEvaluator;
import org.epizero.engine.search.HashValueEvaluator;
import org.epizero.engine.search.Mcts;
import org.epizero.engine.search.SearchConfig;
import org.epizero.engine.search.SearchTreeChecks;
import org.epizero.games.ImmediateThreats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Pure Monte Carlo tree search on connect four, checked against brute-force tactics. */
class Connect4SearchTest {

    /** Simulations per search (one random rollout per leaf). */
    private static final int SIMULATIONS = 2000;

    @ParameterizedTest(name = "{0} ({1} to move)")
    @CsvSource({
        "445566, 0",       // X: open three on the bottom row
        "121212, 0",       // X: vertical three, while O threatens column 2 too
        "1445566, 1",      // O: open three on the bottom row
        "7121212, 1",      // O: vertical three, while X threatens column 2 too
        "1223433474, 0",   // X: rising diagonal completed at column 4
        "71223433474, 1",  // O: rising diagonal completed at column 4
    })
    void takesAnImmediateWin(String moves, int mover) {
        Connect4State s = Connect4.fromMoves(moves);
        assertEquals(mover, s.currentPlayer());
        IntList wins = ImmediateThreats.winningMoves(s);
        assertFalse(wins.isEmpty(), "test position has no winning move");
        int move = rolloutSearch(s);
        assertTrue(wins.contains(move), "played " + (move + 1) + ", wins are " + wins + " in\n" + s.render());
    }

    @ParameterizedTest(name = "{0} ({1} to move)")
    @CsvSource({
        "11223, 1",     // X threatens the bottom row at column 4
        "711223, 0",    // O threatens the bottom row at column 4
        "12131, 1",     // X threatens column 1 vertically
        "712121, 0",    // O threatens column 1 vertically
    })
    void blocksAnImmediateLoss(String moves, int mover) {
        Connect4State s = Connect4.fromMoves(moves);
        assertEquals(mover, s.currentPlayer());
        assertTrue(ImmediateThreats.winningMoves(s).isEmpty(), "test position has a win");
        IntList safe = ImmediateThreats.safeMoves(s);
        assertEquals(1, safe.size(), "test position needs exactly one blocking move");
        int move = rolloutSearch(s);
        assertTrue(safe.contains(move), "played " + (move + 1) + ", the block is " + safe + " in\n" + s.render());
    }

    @Test
    void childValuesAreNegatedParentValuesOnRandomPositions() {
        Random random = new Random(23);
        HashValueEvaluator evaluator = new HashValueEvaluator();
        int checked = 0;
        for (int game = 0; game < 12; game++) {
            Connect4State s = Connect4.instance().newInitialState();
            for (int i = random.nextInt(20); i > 0 && !s.isTerminal(); i--) {
                IntList legal = ImmediateThreats.legal(s);
                Connect4State next = s.copy();
                next.apply(legal.getInt(random.nextInt(legal.size())));
                if (next.isTerminal()) {
                    break;
                }
                s = next;
            }
            Mcts search = new Mcts(s, SearchConfig.defaults().withSimulations(300).withLeavesPerRound(1 + game % 4), game);
            search.search(evaluator);
            checked += SearchTreeChecks.checkBackups(search, evaluator);
        }
        assertTrue(checked > 2000, "nodes checked: " + checked);
    }

    private static int rolloutSearch(Connect4State s) {
        Mcts search = new Mcts(s, SearchConfig.forPlay(SIMULATIONS), 5);
        return search.search(new RandomRolloutEvaluator(1, 6)).action();
    }
}
