package org.epizero.selfplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epizero.engine.game.GameRegistry;
import org.epizero.selfplay.gtp.TinyCheckpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --positions} as a person runs it on Pons' connect-four sets. */
class EvaluatePositionsCliTest {

    private static final Path END_EASY = Path.of("..", "data", "pons", "Test_L3_R1");

    @TempDir
    Path dir;

    @Test
    void measuresMistakeRatesOnASampleOfEachFile() throws IOException {
        Path checkpoint = TinyCheckpoint.save(GameRegistry.load().create("connect4"), dir.resolve("c4"));
        Path head = Files.write(dir.resolve("end-easy-head"), Files.readAllLines(END_EASY).subList(0, 30));
        CliRun r = CliRun.of("evaluate", checkpoint.toString(), "--positions", head.toString(), "--limit", "6", "--simulations", "4",
                "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("end-easy-head")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(line.contains(" 6 positions: raw policy "), line);
        assertTrue(line.contains("solver agrees with the file on 6"), line);
        assertFalse(r.out().contains("vs random"), "with --positions, matches only against opponents named: " + r.out());
    }

    @Test
    void malformedLinesAreNamedBeforeAnyPositionIsSolved() throws IOException {
        Path checkpoint = TinyCheckpoint.save(GameRegistry.load().create("connect4"), dir.resolve("c4"));
        Path good = Files.write(dir.resolve("good"), Files.readAllLines(END_EASY).subList(0, 3));
        Path bad = Files.write(dir.resolve("bad"), List.of("32164625 11", "4453 x", "", "4483 2", "1111111 0"));
        CliRun r = CliRun.of("evaluate", checkpoint.toString(), "--positions", good.toString(), bad.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("3 malformed line(s) in " + bad), r.err());
        assertTrue(r.err().contains(bad + ":2: the score 'x' is not a whole number"), r.err());
        assertTrue(r.err().contains(bad + ":4: not a column"), r.err());
        assertTrue(r.err().contains(bad + ":5: illegal move"), r.err());
        assertFalse(r.out().contains("positions:"), "nothing measured: " + r.out());

        Path ttt = TinyCheckpoint.save(GameRegistry.load().create("tictactoe"), dir.resolve("ttt"));
        CliRun none = CliRun.of("evaluate", ttt.toString(), "--positions", good.toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("declares no test-position format"), none.err());
    }

    @Test
    void searchOptionsAreNamedInTheReportAndBadValuesRefused() throws IOException {
        Path checkpoint = TinyCheckpoint.save(GameRegistry.load().create("connect4"), dir.resolve("c4"));
        Path head = Files.write(dir.resolve("end-easy-head"), Files.readAllLines(END_EASY).subList(0, 4));
        // With the solver, a search of 2,000 simulations proves these end games even for an untrained network.
        CliRun solved = CliRun.of("evaluate", checkpoint.toString(), "--positions", head.toString(), "--simulations", "2000",
                "--solver", "--lcb", "3", "--threads", "2");
        assertEquals(0, solved.exit(), solved.err());
        String line = solved.out().lines().filter(l -> l.startsWith("end-easy-head")).findFirst().orElseThrow();
        assertTrue(line.contains("search(2000, solver, lcb 3.0)   0.0% (0)"), line);
        for (String[] bad : new String[][] {{"--lcb", "-1"}, {"--gumbel", "-2"}}) {
            CliRun refused = CliRun.of("evaluate", checkpoint.toString(), "--positions", head.toString(), bad[0], bad[1]);
            assertEquals(1, refused.exit());
            assertTrue(refused.err().contains(bad[0] + " must be"), refused.err());
        }
    }
}
