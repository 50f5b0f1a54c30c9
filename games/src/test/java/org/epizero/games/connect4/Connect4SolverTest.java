package org.epizero.games.connect4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntList;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Connect4SolverTest {

    private static final int U = Connect4Solver.UNPLAYABLE;

    private final Connect4Solver solver = new Connect4Solver(20);

    /**
     * Random end games against plain negamax. A second solver with a tiny table checks that
     * constant slot replacement never turns into a wrong hit.
     */
    @Test
    void agreesWithPlainNegamaxOnRandomEndGames() {
        Connect4Solver crowded = new Connect4Solver(6);
        SplittableRandom random = new SplittableRandom(20_240_601);
        int wins = 0;
        int draws = 0;
        int losses = 0;
        for (int i = 0; i < 300; i++) {
            String moves = PlainNegamax.randomRunningGame(random, 28 + random.nextInt(13));
            PlainNegamax reference = new PlainNegamax(moves);
            Connect4State state = Connect4.fromMoves(moves);
            int[] expected = reference.scoreMoves();
            assertArrayEquals(expected, solver.scoreMoves(state), moves);
            assertArrayEquals(expected, crowded.scoreMoves(state), moves + " with a crowded table");
            assertEquals(reference.score(), solver.score(state), moves);
            for (int score : expected) {
                wins += score > 0 && score != U ? 1 : 0;
                draws += score == 0 ? 1 : 0;
                losses += score < 0 && score != U ? 1 : 0;
            }
        }
        assertTrue(wins > 50 && draws > 50 && losses > 50, "the sample mixes winning, drawing and losing moves: "
                + wins + " / " + draws + " / " + losses);
    }

    /** Deeper random positions against textbook alpha-beta over the same independent grid. */
    @Test
    void agreesWithPlainAlphaBetaOnRandomLateMiddleGames() {
        SplittableRandom random = new SplittableRandom(7_071_988);
        for (int i = 0; i < 40; i++) {
            String moves = PlainNegamax.randomRunningGame(random, 22 + random.nextInt(4));
            assertEquals(new PlainNegamax(moves).prunedScore(), solver.score(Connect4.fromMoves(moves)), moves);
        }
    }

    /** X has three in column 1, O three in column 4; X to move with 3 discs each. */
    @Test
    void winningAtOnceBeatsBlockingAndEverythingElseLoses() {
        Connect4State s = Connect4.fromMoves("141414");
        int[] scores = solver.scoreMoves(s);
        assertEquals(22 - 4, scores[0], "column 1 completes X's four with its 4th disc");
        for (int col : new int[] {1, 2, 4, 5, 6}) {
            assertEquals(-(22 - 4), scores[col], "column " + (col + 1) + " lets O win with its 4th disc");
        }
        // After blocking in column 4 neither side can win with its 4th disc.
        assertTrue(scores[3] >= -17 && scores[3] <= 17, "blocking: " + scores[3]);
        assertEquals(18, solver.score(s));
        assertEquals(IntList.of(0), solver.bestMoves(s));
    }

    /**
     * X holds 4 and 5 on the bottom row: extending to an open three wins with the 4th disc.
     * (The other columns are left out: each needs a deep search from five discs.)
     */
    @Test
    void openThreeOnTheBottomRowWinsWithTheFourthDisc() {
        Connect4State s = Connect4.fromMoves("4455");
        assertEquals(18, scoreOfMove(s, 2), "3-4-5 threatens both 2 and 6");
        assertEquals(18, scoreOfMove(s, 5), "4-5-6 threatens both 3 and 7");
        assertEquals(18, solver.score(s));
    }

    /** O has 3-4-5 on the bottom row with both ends open: X loses to O's 4th disc whatever it does. */
    @Test
    void doubleThreatLosesEveryColumn() {
        Connect4State s = Connect4.fromMoves("141573");
        assertArrayEquals(new int[] {-18, -18, -18, -18, -18, -18, -18}, solver.scoreMoves(s));
        assertEquals(-18, solver.score(s));
    }

    /** X has three in column 1 and O, to move, must block: scores are from O's side. */
    @Test
    void secondPlayerMustBlock() {
        Connect4State s = Connect4.fromMoves("14141");
        for (int col = 1; col < 7; col++) {
            assertEquals(-18, scoreOfMove(s, col), "column " + (col + 1) + " lets X win with its 4th disc");
        }
    }

    /** A drawn game: once only column 4 has room, every way on is a draw. */
    @Test
    void forcedEndOfADrawnGameScoresZero() {
        String game = "547125662261271266215743771576315353334444";
        for (int discs : new int[] {38, 40, 41}) {
            Connect4State s = Connect4.fromMoves(game.substring(0, discs));
            assertArrayEquals(new int[] {U, U, U, 0, U, U, U}, solver.scoreMoves(s), discs + " discs");
            assertEquals(0, solver.score(s));
        }
        assertEquals(0, solver.score(Connect4.fromMoves(game)), "the full board");
    }

    @Test
    void finishedGamesScoreForThePlayerWhoWouldMoveNext() {
        Connect4State xWon = Connect4.fromMoves("1212121");
        assertEquals(-(22 - 4), solver.score(xWon), "O lost to X's 4th disc");
        assertArrayEquals(new int[] {U, U, U, U, U, U, U}, solver.scoreMoves(xWon));
        assertEquals(-(22 - 4), solver.score(Connect4.fromMoves("14152627")), "X lost to O's 4th disc");
        assertTrue(solver.bestMoves(xWon).isEmpty());
    }

    /**
     * Mid-game positions: each score must equal the best of its moves' scores, and a best move
     * must hand the opponent exactly the negated score. Timings are printed, not asserted.
     */
    @Test
    void solvesMidGamePositionsConsistently() {
        for (Connect4State s : Connect4Benchmark.randomPositions(7, 12, 20)) {
            checkMidGame(s);
        }
        for (Connect4State s : Connect4Benchmark.randomPositions(8, 12, 16)) {
            checkMidGame(s);
        }
    }

    /** The score of playing {@code col}, for the player to move in {@code s}. */
    private int scoreOfMove(Connect4State s, int col) {
        Connect4State child = s.copy();
        child.apply(col);
        return -solver.score(child);
    }

    private void checkMidGame(Connect4State s) {
        long nodes = solver.nodeCount();
        long t0 = System.nanoTime();
        int score = solver.score(s);
        long t1 = System.nanoTime();
        int[] scores = solver.scoreMoves(s);
        long t2 = System.nanoTime();
        int best = U;
        for (int v : scores) {
            best = Math.max(best, v);
        }
        assertEquals(score, best, "score is the best move's score");
        int move = solver.bestMoves(s).getInt(0);
        Connect4State child = s.copy();
        child.apply(move);
        assertEquals(-score, solver.score(child), "a best move keeps the score");
        System.out.printf("%2d discs, score %3d: %6.3f s, moves %6.3f s, %,d nodes%n",
                s.moveNumber(), score, (t1 - t0) / 1e9, (t2 - t1) / 1e9, solver.nodeCount() - nodes);
    }
}
