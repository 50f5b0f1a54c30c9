package org.epizero.games.go.gtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.epizero.engine.eval.UniformEvaluator;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.play.SearchPlayer;
import org.epizero.engine.play.SearchPlayer;
import org.epizero.games.go.Go;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the GTP engine through every command, good and bad input alike, as a controller would. */
class GtpEngineTest {

    private static final Go GO = (Go) GameRegistry.load().create("go(size=9,komi=7.5)");
    private GtpEngine engine;

    @BeforeEach
    void newEngine() {
        engine = new GtpEngine(GO, new SearchPlayer("uniform", new UniformEvaluator(), 8, 3), "EpiZero", "test");
    }

    private String ok(String command) {
        String reply = engine.handle(command);
        assertTrue(reply.startsWith("= ") && reply.endsWith("\n\n"), command + " -> " + reply);
        return reply.substring(2, reply.length() - 2);
    }

    /** Sends a command that must fail and checks that it left the board and the history as they were. */
    private String rejected(String command) {
        String board = ok("showboard");
        String score = ok("final_score");
        String reply = engine.handle(command);
        assertTrue(reply.startsWith("? ") && reply.endsWith("\n\n"), command + " -> " + reply);
        assertEquals(board, ok("showboard"), "rejected '" + command + "' changed the board");
        assertEquals(score, ok("final_score"), "rejected '" + command + "' changed the score");
        return reply.substring(2).strip();
    }

    /** The row of the board drawing for GTP row {@code row} (1 = bottom). */
    private String row(int row) {
        return ok("showboard").lines().filter(l -> l.matches(" ?" + row + " .*")).findFirst().orElseThrow().strip();
    }

    @Test
    void administrativeCommands() {
        assertEquals("2", ok("protocol_version"));
        assertEquals("EpiZero", ok("name"));
        assertEquals("test", ok("version"));
        List<String> required = List.of("protocol_version", "name", "version", "known_command", "list_commands", "boardsize",
                "komi", "clear_board", "play", "genmove", "undo", "showboard", "final_score", "quit");
        assertEquals(required.stream().sorted().toList(), ok("list_commands").lines().sorted().toList());
        for (String c : required) {
            assertEquals("true", ok("known_command " + c));
        }
        assertEquals("false", ok("known_command loadsgf"));
        assertEquals("=12 2\n\n", engine.handle("12 protocol_version"));
        assertEquals("=5 EpiZero\n\n", engine.handle("  5\tname   # a comment"));
        assertEquals("", engine.handle(""));
        assertEquals("", engine.handle("   # only a comment"));
        assertEquals("?7 unknown command\n\n", engine.handle("7 fly_to_the_moon"));
        assertEquals("unknown command", rejected("PLAY black D4"));
    }

    @Test
    void boardsizeAndKomi() {
        ok("play black E5");
        assertEquals("unacceptable size", rejected("boardsize 13"));
        assertTrue(rejected("boardsize nine").startsWith("syntax error"));
        assertTrue(rejected("komi seven").startsWith("syntax error"));
        assertTrue(rejected("komi 1000").startsWith("syntax error"));
        assertEquals("B+73.5", ok("final_score"), "a lone black stone owns all 81 points, komi 7.5");
        ok("komi 0.5");
        assertEquals("B+80.5", ok("final_score"), "komi changes, the stones stay");
        assertTrue(row(5).contains("X"));
        ok("boardsize 9");
        assertEquals("W+0.5", ok("final_score"), "boardsize clears the board and keeps komi");
        assertEquals("cannot undo", rejected("undo"));
    }

    @Test
    void badMovesAreRejectedAndChangeNothing() {
        ok("play black D4");
        assertEquals("4 . . . X . . . . . 4", row(4));
        assertEquals("illegal move", rejected("play white D4"));
        assertEquals("illegal move", rejected("play black D4"));
        assertTrue(rejected("play white Z9").startsWith("syntax error"));
        assertTrue(rejected("play white K5").startsWith("syntax error"), "no column K on a 9x9 board (I is skipped)");
        assertTrue(rejected("play white D10").startsWith("syntax error"));
        assertTrue(rejected("play purple E5").startsWith("syntax error"));
        assertTrue(rejected("play white").startsWith("syntax error"));
        assertTrue(rejected("genmove").startsWith("syntax error"));
        assertTrue(rejected("known_command").startsWith("syntax error"));
        // Suicide: White at A1 between Black's A2 and B1.
        ok("play white J9");
        ok("play b a2");
        ok("play w j8");
        ok("play B B1");
        assertEquals("illegal move", rejected("play white A1"));
        // A move for the colour not to move first passes for the other side; undo takes back both.
        String before = ok("showboard");
        ok("play black E5");
        assertTrue(row(5).contains("X"));
        ok("undo");
        assertEquals(before, ok("showboard"));
    }

    @Test
    void genmoveUndoAndTheEndOfTheGame() {
        ok("play black E5");
        String before = ok("showboard");
        String move = ok("genmove white");
        assertTrue(move.equals("pass") || GO.parseAction(move) != GO.parseAction("E5"), move);
        if (!move.equals("pass")) {
            assertNotEquals(before, ok("showboard"));
            assertEquals("illegal move", rejected("play black " + move), "the generated move is on the board");
        }
        ok("undo");
        assertEquals(before, ok("showboard"));
        ok("play white pass");
        ok("play black pass");
        assertTrue(engine.position().isTerminal());
        assertEquals("B+73.5", ok("final_score"));
        // GTP 2, as GNU Go and KataGo play it: over for scoring after two passes, but play goes on.
        ok("play white C3");
        assertFalse(engine.position().isTerminal(), "a stone after two passes continues the game");
        assertTrue(row(3).contains("O"), ok("showboard"));
        ok("undo");
        assertTrue(engine.position().isTerminal(), "undo takes the stone back to the ended game");
        ok("undo");
        ok("undo");
        assertFalse(engine.position().isTerminal(), "undo reopens the game");
        ok("clear_board");
        ok("play white pass"); // Black's implicit pass and White's: over for scoring...
        ok("play white C3"); // ...but White may still play
        assertTrue(row(3).contains("O"), ok("showboard"));
        ok("clear_board");
        assertEquals("W+7.5", ok("final_score"));
    }

    @Test
    void serveStopsAtQuit() throws Exception {
        StringWriter out = new StringWriter();
        engine.serve(new BufferedReader(new StringReader("1 play black C3\n\n2 quit\n3 name\n")), out);
        assertEquals("=1 \n\n=2 \n\n", out.toString());
        assertTrue(engine.quitRequested());
    }
}
