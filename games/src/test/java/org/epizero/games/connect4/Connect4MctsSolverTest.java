package org.epizero.games.connect4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.epizero.engine.eval.UniformEvaluator;
import org.epizero.engine.search.Mcts;
import org.epizero.engine.search.SearchConfig;
import org.epizero.engine.search.SearchResult;
import org.epizero.engine.search.SearchTree;
import org.epizero.engine.services.TestPositions.Position;
import org.junit.jupiter.api.Test;

/**
 * The search's MCTS-solver on Pons' test positions, against his published scores and the exact
 * solver's verdict on every move. Guided by nothing but the rules (uniform priors, value 0), a
 * search of 20,000 simulations must prove what it can with the published sign and, where it
 * proves the root, play no move the exact solver calls a mistake.
 */
class Connect4MctsSolverTest {

    private static final Path SETS = Path.of("..", "data", "pons");
    private static final SearchConfig SOLVER = SearchConfig.forPlay(20_000).withSolver(true);

    private final PonsTestPositions format = new PonsTestPositions();

    @Test
    void provesEveryWinAndLossAmongEndGamePositions() throws IOException {
        Tally t = solve("Test_L3_R1", 200);
        assertEquals(t.decided, t.decidedProven, "won or lost end-game positions left unproven");
        assertTrue(t.decided >= 80 && t.proven - t.decidedProven >= 60, "too few wins or proven draws to mean much: " + t);
    }

    @Test
    void provesMostWinsAndLossesFromTheMiddleGame() throws IOException {
        Tally t = solve("Test_L2_R1", 100);
        assertTrue(t.decidedProven >= 0.85 * t.decided, "middle-game positions proven: " + t);
    }

    /** Positions, those with a published win or loss, and how many of each the search proved. */
    private record Tally(int positions, int proven, int decided, int decidedProven) {
    }

    private Tally solve(String set, int count) throws IOException {
        int proven = 0;
        int decided = 0;
        int decidedProven = 0;
        for (String line : Files.readAllLines(SETS.resolve(set)).subList(0, count)) {
            Position p = format.parse(line);
            Mcts search = new Mcts(p.state(), SOLVER, 1);
            SearchResult r = search.search(new UniformEvaluator());
            SearchTree tree = search.tree();
            decided += p.recordedScore() != 0 ? 1 : 0;
            if (!tree.isProven(tree.root())) {
                continue;
            }
            assertEquals(Integer.signum(p.recordedScore()), tree.provenValue(tree.root(), p.state().currentPlayer()), 0,
                    "proven outcome of " + line);
            assertFalse(format.judge(p).mistakes()[r.action()], "column " + (r.action() + 1) + " is a mistake in " + line);
            proven++;
            decidedProven += p.recordedScore() != 0 ? 1 : 0;
        }
        return new Tally(count, proven, decided, decidedProven);
    }
}
