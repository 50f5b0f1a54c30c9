package org.epizero.games.go.gtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epizero.engine.eval.UniformEvaluator;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.play.SearchPlayer;
import org.epizero.games.go.Go;
import org.epizero.games.go.GoState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Whole 9x9 games between the GTP engine (a weak search over uniform priors) and GNU Go, each side
 * told the other's moves over GTP exactly as a match program would. The boards must agree at the
 * end, and where the game is played out (every empty region bordered by one colour, no stone GNU Go
 * calls dead, so area scoring leaves nothing to judge) both programs' final scores must agree.
 */
class GtpVersusGnuGoTest {

    private static final Go GO = (Go) GameRegistry.load().create("go(size=9,komi=7.5)");

    @Test
    @Timeout(180) // about 4 s alone; the margin is for a busy shared machine
    void fullGamesAgainstGnuGo() {
        Optional<Path> program = GnuGoProgram.find();
        Assumptions.assumeTrue(program.isPresent(), "gnugo is not installed (Debian package 'gnugo'): skipping the games against GNU Go");
        // GNU Go as it plays by default passes once it judges the game won, leaving stones it calls dead:
        // the boards must agree, the scores are compared only if nothing is left to judge.
        play(program.get(), 0, List.of());
        // Told to capture every dead stone before passing, it plays the game out, so the scores must agree.
        assertTrue(play(program.get(), 1, List.of("--capture-all-dead")), "the game was played out");
    }

    private static boolean play(Path program, int engineColor, List<String> options) {
        List<String> command = new ArrayList<>(List.of(program.toString(), "--mode", "gtp", "--chinese-rules", "--level", "0"));
        command.addAll(options);
        try (GtpClient gnugo = GtpClient.start(command)) {
            GtpEngine engine = new GtpEngine(GO, new SearchPlayer("uniform", new UniformEvaluator(), 4, 11), "EpiZero", "test");
            return playOneGame(engine, gnugo, engineColor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plays a game to its end; returns whether it was played out and its scores compared. */
    private static boolean playOneGame(GtpEngine engine, GtpClient gnugo, int engineColor) {
        for (String setup : List.of("boardsize 9", "clear_board", "komi 7.5")) {
            assertEquals("= \n\n", engine.handle(setup));
            gnugo.send(setup);
        }
        int passes = 0;
        int moves = 0;
        while (passes < 2 && !engine.position().isTerminal()) {
            int toMove = moves % 2;
            String color = toMove == 0 ? "black" : "white";
            String move;
            if (toMove == engineColor) {
                move = success(engine.handle("genmove " + color));
                gnugo.send("play " + color + " " + move);
            } else {
                move = gnugo.send("genmove " + color).strip();
                String reply = engine.handle("play " + color + " " + move);
                if (reply.startsWith("? illegal move")) {
                    // GNU Go knows only the simple ko rule; a positional-superko ban becomes a pass.
                    gnugo.send("undo");
                    gnugo.send("play " + color + " pass");
                    move = "pass";
                    reply = engine.handle("play " + color + " pass");
                }
                success(reply);
            }
            passes = move.equalsIgnoreCase("pass") ? passes + 1 : 0;
            moves++;
        }
        GoState end = engine.position();
        assertTrue(end.isTerminal(), "two passes or the length cap end the game");
        byte[] theirs = board(gnugo);
        for (int p = 0; p < theirs.length; p++) {
            assertEquals(theirs[p], end.stoneAt(p), "boards differ at " + GO.formatAction(p) + "\n" + end.render());
        }
        if (!gnugo.send("final_status_list dead").isBlank() || !everyEmptyRegionHasOneNeighbourColour(end)) {
            return false;
        }
        assertEquals(gnugo.send("final_score").strip(), success(engine.handle("final_score")), end.render());
        return true;
    }

    private static String success(String reply) {
        assertTrue(reply.startsWith("= "), reply);
        return reply.substring(2).strip();
    }

    private static byte[] board(GtpClient gnugo) {
        byte[] board = new byte[GO.size() * GO.size()];
        for (int color = 1; color <= 2; color++) {
            String stones = gnugo.send("list_stones " + (color == 1 ? "black" : "white")).strip();
            for (String vertex : stones.isEmpty() ? new String[0] : stones.split("\\s+")) {
                board[GO.parseAction(vertex)] = (byte) color;
            }
        }
        return board;
    }

    /** A flood fill of the empty points, independent of the rules code. */
    private static boolean everyEmptyRegionHasOneNeighbourColour(GoState state) {
        int n = GO.size();
        boolean[] seen = new boolean[n * n];
        for (int start = 0; start < n * n; start++) {
            if (state.stoneAt(start) != 0 || seen[start]) {
                continue;
            }
            int touched = 0;
            IntArrayList region = IntArrayList.of(start);
            seen[start] = true;
            for (int i = 0; i < region.size(); i++) {
                int p = region.getInt(i);
                int[] next = {p % n > 0 ? p - 1 : -1, p % n < n - 1 ? p + 1 : -1, p >= n ? p - n : -1, p + n < n * n ? p + n : -1};
                for (int q : next) {
                    if (q >= 0 && state.stoneAt(q) != 0) {
                        touched |= state.stoneAt(q);
                    } else if (q >= 0 && !seen[q]) {
                        seen[q] = true;
                        region.add(q);
                    }
                }
            }
            if (touched != 1 && touched != 2) {
                return false;
            }
        }
        return true;
    }
}
