package org.epizero.games.connect4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epizero.engine.services.TestPositions.Judgement;
import org.epizero.engine.services.TestPositions.Position;
import org.junit.jupiter.api.Test;

/** Pons' format read and judged, against the scores Pons published with his sets. */
class PonsTestPositionsTest {

    private static final Path SETS = Path.of("..", "data", "pons");

    private final PonsTestPositions format = new PonsTestPositions();

    @Test
    void theSolverAgreesWithThePublishedScoresAndMistakesWorsenThem() throws IOException {
        Connect4Solver referee = new Connect4Solver();
        int checked = 0;
        for (String set : List.of("Test_L3_R1", "Test_L2_R1")) {
            List<String> lines = Files.readAllLines(SETS.resolve(set)).subList(0, set.equals("Test_L3_R1") ? 100 : 25);
            for (String line : lines) {
                Position p = format.parse(line);
                Judgement j = format.judge(p);
                assertEquals(p.recordedScore(), j.solvedScore(), set + ": " + line);
                Connect4State s = (Connect4State) p.state();
                boolean someMoveKeepsTheOutcome = false;
                for (int col = 0; col < 7; col++) {
                    if (!s.isLegal(col)) {
                        assertTrue(!j.mistakes()[col], "an illegal column is no mistake");
                        continue;
                    }
                    Connect4State child = s.copy();
                    child.apply(col);
                    int forMover = child.isTerminal() ? (int) Math.signum(child.returns(s.currentPlayer())) : -Integer.signum(referee.score(child));
                    // Against the published score: a mistake is exactly a move whose outcome is worse for the mover.
                    assertEquals(forMover < Integer.signum(p.recordedScore()), j.mistakes()[col], set + ": " + line + " column " + (col + 1));
                    someMoveKeepsTheOutcome |= !j.mistakes()[col];
                }
                assertTrue(someMoveKeepsTheOutcome, line);
                checked++;
            }
        }
        assertEquals(125, checked);
    }

    @Test
    void malformedLinesAreRefusedWithTheReason() {
        assertRefused("4453", "a move string and a score");
        assertRefused("4453 3 1", "a move string and a score");
        assertRefused("4453 x", "'x' is not a whole number");
        assertRefused("4483 2", "not a column");
        assertRefused("1111111 0", "the column is full");
        assertRefused("4453 19", "outside -18..18");
        assertRefused("1212121 0", "the game is already over");
        assertEquals(11, format.parse("  32164625 11 ").recordedScore());
    }

    private void assertRefused(String line, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> format.parse(line));
        assertTrue(e.getMessage().contains(reason), line + ": " + e.getMessage());
    }
}
