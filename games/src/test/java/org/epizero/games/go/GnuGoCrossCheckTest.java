package org.epizero.games.go;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.epizero.engine.game.GameRegistry;
import org.epizero.games.go.gtp.GtpException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Replays random games move by move in GNU Go and compares, before every move, the full set of
 * legal points and, after every move, the whole board. GNU Go forbids only the immediate ko
 * recapture, not every repetition, so a point it allows and these rules forbid must be a
 * positional-superko ban: the test proves it by playing the move in GNU Go, finding the resulting
 * board among the earlier ones, and taking the move back. Finished games whose empty regions each
 * touch one colour are scored on GNU Go's board by an independent count and, where GNU Go calls no
 * stone dead (it would remove those, Tromp-Taylor does not), by GNU Go itself with Chinese rules.
 * Skipped when GNU Go is not installed.
 */
@Timeout(300)
class GnuGoCrossCheckTest {

    private static GnuGo gnugo;
    private static final GameRegistry REGISTRY = GameRegistry.load();

    @BeforeAll
    static void startGnuGo() throws IOException {
        Optional<Path> program = GnuGo.find();
        Assumptions.assumeTrue(program.isPresent(),
                "gnugo is not installed (Debian package 'gnugo'): skipping the GNU Go rules cross-check");
        gnugo = GnuGo.start(program.get());
    }

    @AfterAll
    static void stopGnuGo() {
        if (gnugo != null) {
            gnugo.close();
        }
    }

    @Test
    void randomGamesAgreeMoveByMove() {
        replayRandomGames("go(size=9)", 200, 91);
        replayRandomGames("go(size=5)", 300, 51);
        replayRandomGames("go(size=19)", 4, 191);
    }

    @Test
    void finishedGamesScoreAsGnuGoScoresThem() {
        ScoreCheck nine = scoreFinishedGames("go(size=9,komi=7.5)", 40, 92);
        ScoreCheck five = scoreFinishedGames("go(size=5,komi=0.5)", 40, 52);
        assertTrue(nine.compared() + five.compared() >= 60, "too few finished games were scoreable: " + nine + ", " + five);
        assertTrue(nine.byGnuGo() + five.byGnuGo() >= 40, "too few games scored by GNU Go itself: " + nine + ", " + five);
    }

    /** Plays uniformly random games (pass included) in both rule sets and compares them. */
    private static void replayRandomGames(String spec, int games, long seed) {
        Go go = (Go) REGISTRY.create(spec);
        SplittableRandom random = new SplittableRandom(seed);
        IntList legal = new IntArrayList();
        int superkoBans = 0;
        for (int g = 0; g < games; g++) {
            gnugo.newGame(go);
            GoState state = go.newInitialState();
            Set<String> history = new HashSet<>();
            history.add(Arrays.toString(board(state, go)));
            while (!state.isTerminal()) {
                String where = spec + " game " + g + " move " + state.moveNumber();
                superkoBans += compareLegality(go, state, history, where);
                state.legalActions(legal);
                int action = legal.getInt(random.nextInt(legal.size()));
                play(go, state, action, where);
                byte[] board = board(state, go);
                assertArrayEquals(gnugo.board(go), board, where + ": boards differ after "
                        + go.formatAction(action) + "\n" + state.render());
                history.add(Arrays.toString(board));
            }
        }
        System.out.println("GNU Go cross-check, " + spec + ", " + games + " games: " + superkoBans
                + " (position, point) pairs legal for GNU Go but banned by positional superko, each verified");
    }

    private static int compareLegality(Go go, GoState state, Set<String> history, String where) {
        int color = state.currentPlayer() == 0 ? Go.BLACK : Go.WHITE;
        boolean[] theirs = gnugo.legalPoints(go, color);
        int superkoBans = 0;
        for (int p = 0; p < go.passAction(); p++) {
            boolean ours = state.isLegal(p);
            if (ours == theirs[p]) {
                continue;
            }
            String what = where + ": " + go.formatAction(p) + " legal for " + (ours ? "us" : "GNU Go") + " only\n" + state.render();
            if (ours) {
                fail(what);
            }
            assertTrue(state.isLegalIgnoringSuperko(p), what);
            gnugo.gtp().send("play " + GnuGo.colorName(color) + " " + go.formatAction(p));
            String repeated = Arrays.toString(gnugo.board(go));
            gnugo.gtp().send("undo");
            assertTrue(history.contains(repeated), what + "\nthe move does not repeat an earlier position");
            superkoBans++;
        }
        return superkoBans;
    }

    /** How many finished games were compared, and how many of them also against GNU Go's own count. */
    private record ScoreCheck(int compared, int byGnuGo) {
    }

    /** Plays random games that never fill a single-point eye of their own and compares their scores. */
    private static ScoreCheck scoreFinishedGames(String spec, int games, long seed) {
        Go go = (Go) REGISTRY.create(spec);
        SplittableRandom random = new SplittableRandom(seed);
        IntList legal = new IntArrayList();
        IntList candidates = new IntArrayList();
        int compared = 0;
        int byGnuGo = 0;
        for (int g = 0; g < games; g++) {
            gnugo.newGame(go);
            GoState state = go.newInitialState();
            while (!state.isTerminal()) {
                state.legalActions(legal);
                candidates.clear();
                int color = state.currentPlayer() == 0 ? Go.BLACK : Go.WHITE;
                for (int i = 0; i < legal.size(); i++) {
                    int a = legal.getInt(i);
                    if (a != go.passAction() && !isOwnEye(go, state, a, color)) {
                        candidates.add(a);
                    }
                }
                int action = candidates.isEmpty() ? go.passAction() : candidates.getInt(random.nextInt(candidates.size()));
                play(go, state, action, spec + " game " + g + " move " + state.moveNumber());
            }
            byte[] board = gnugo.board(go);
            if (state.moveNumber() == go.maxGameLength() || !everyEmptyRegionTouchesOneColour(go, board)) {
                continue;
            }
            String where = spec + " game " + g + "\n" + state.render();
            double expected = areaDifference(go, board) - go.komi();
            if (gnugo.gtp().send("final_status_list dead").isBlank()) {
                assertEquals(expected, parseScore(gnugo.gtp().send("final_score")), 1e-9, where + "GNU Go's own count");
                byGnuGo++;
            }
            assertEquals(expected, state.score(), 1e-9, where);
            assertEquals(Math.signum(expected), state.returns(0), where + "Black's return");
            assertEquals(-Math.signum(expected), state.returns(1), where + "White's return");
            compared++;
        }
        System.out.println("GNU Go cross-check, " + spec + ": " + compared + " finished games scored alike, "
                + byGnuGo + " of them also by GNU Go itself (the others hold stones GNU Go calls dead)");
        return new ScoreCheck(compared, byGnuGo);
    }

    private static void play(Go go, GoState state, int action, String where) {
        int color = state.currentPlayer() == 0 ? Go.BLACK : Go.WHITE;
        try {
            gnugo.gtp().send("play " + GnuGo.colorName(color) + " " + go.formatAction(action));
        } catch (GtpException e) {
            fail(where + ": GNU Go refuses " + go.formatAction(action) + ": " + e.reply() + "\n" + state.render());
        }
        state.apply(action);
    }

    private static byte[] board(GoState state, Go go) {
        byte[] board = new byte[go.size() * go.size()];
        for (int p = 0; p < board.length; p++) {
            board[p] = (byte) state.stoneAt(p);
        }
        return board;
    }

    private static boolean isOwnEye(Go go, GoState state, int p, int color) {
        int n = go.size();
        int row = p / n;
        int col = p % n;
        int[][] steps = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (int[] d : steps) {
            int r = row + d[0];
            int c = col + d[1];
            if (r >= 0 && r < n && c >= 0 && c < n && state.stoneAt(r * n + c) != color) {
                return false;
            }
        }
        return true;
    }

    /** Black's stones and one-coloured empty regions minus White's, counted on GNU Go's board. */
    private static int areaDifference(Go go, byte[] board) {
        int difference = 0;
        for (byte b : board) {
            difference += b == Go.BLACK ? 1 : b == Go.WHITE ? -1 : 0;
        }
        int[] owner = emptyRegionOwners(go, board);
        for (int p = 0; p < board.length; p++) {
            difference += owner[p] == Go.BLACK ? 1 : owner[p] == Go.WHITE ? -1 : 0;
        }
        return difference;
    }

    private static boolean everyEmptyRegionTouchesOneColour(Go go, byte[] board) {
        int[] owner = emptyRegionOwners(go, board);
        for (int p = 0; p < board.length; p++) {
            if (board[p] == 0 && owner[p] != Go.BLACK && owner[p] != Go.WHITE) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each empty point, the colours its empty region touches (bit 1 Black, bit 2 White): a
     * flood fill of its own, independent of the rules code.
     */
    private static int[] emptyRegionOwners(Go go, byte[] board) {
        int n = go.size();
        int[] owner = new int[board.length];
        boolean[] seen = new boolean[board.length];
        for (int start = 0; start < board.length; start++) {
            if (board[start] != 0 || seen[start]) {
                continue;
            }
            int touched = 0;
            IntArrayList region = IntArrayList.of(start);
            seen[start] = true;
            for (int i = 0; i < region.size(); i++) {
                int p = region.getInt(i);
                int[] next = {p % n > 0 ? p - 1 : -1, p % n < n - 1 ? p + 1 : -1, p >= n ? p - n : -1, p + n < board.length ? p + n : -1};
                for (int q : next) {
                    if (q < 0) {
                        continue;
                    }
                    if (board[q] != 0) {
                        touched |= board[q];
                    } else if (!seen[q]) {
                        seen[q] = true;
                        region.add(q);
                    }
                }
            }
            for (int i = 0; i < region.size(); i++) {
                owner[region.getInt(i)] = touched;
            }
        }
        return owner;
    }

    /** Reads GNU Go's {@code B+3.5}, {@code W+0.5} or {@code 0} as Black's margin. */
    private static double parseScore(String text) {
        String t = text.strip();
        if (t.equals("0")) {
            return 0;
        }
        double margin = Double.parseDouble(t.substring(2));
        return t.charAt(0) == 'B' ? margin : -margin;
    }
}
