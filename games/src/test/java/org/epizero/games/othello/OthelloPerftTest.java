package org.epizero.games.othello;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.List;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.Perft;
import org.epizero.engine.game.State;
import org.junit.jupiter.api.Test;

class OthelloPerftTest {

    private static final GameRegistry REGISTRY = GameRegistry.load();

    /**
     * Published Othello perft from the standard start: leaves at each depth, passes counted as
     * moves, ended games as leaves. Depth 9 (3005288) also matches but takes seconds, not a test's
     * share of them.
     */
    private static final long[] PUBLISHED = {1, 4, 12, 56, 244, 1396, 8200, 55092, 390216};

    private static Othello othello(int size) {
        return (Othello) REGISTRY.create("othello(size=" + size + ")");
    }

    /** Perft's leaves at each depth: sequences that reach it plus games that ended before it. */
    private static long[] leaves(List<Perft.Ply> plies) {
        long[] leaves = new long[plies.size()];
        long endedBefore = 0;
        for (Perft.Ply p : plies) {
            leaves[p.ply()] = p.sequences() + endedBefore;
            endedBefore += p.endedSequences();
        }
        return leaves;
    }

    @Test
    void standardStartMatchesPublishedPerft() {
        List<Perft.Ply> plies = Perft.count(othello(8), PUBLISHED.length - 1, ply -> { });
        assertArrayEquals(PUBLISHED, leaves(plies));
    }

    @Test
    void wholeFourByFourTreeMatchesTheReference() {
        Othello game = othello(4);
        ReferenceOthello.Tree truth = new ReferenceOthello(4).walk(game.maxGameLength());
        List<Perft.Ply> plies = Perft.count(game, game.maxGameLength(), ply -> { });
        assertArrayEquals(truth.sequences(), plies.stream().mapToLong(Perft.Ply::sequences).toArray(), "sequences per ply");
        assertArrayEquals(truth.ended(), plies.stream().mapToLong(Perft.Ply::endedSequences).toArray(), "ended games per ply");
        assertEquals(0, truth.sequences()[game.maxGameLength()] - truth.ended()[game.maxGameLength()],
                "every game has ended by the length cap");
        long[] results = new long[3];
        countResults(game.newInitialState(), results);
        assertArrayEquals(new long[] {truth.blackWins(), truth.whiteWins(), truth.draws()}, results, "Black wins, White wins, draws");
        // The reference's own figures, pinned so that a change to it cannot pass unnoticed.
        assertArrayEquals(new long[] {24632, 30116, 5312}, results);
        assertEquals(17, plies.stream().filter(p -> p.sequences() > 0).mapToInt(Perft.Ply::ply).max().orElseThrow(), "longest game");
    }

    @Test
    void fourByFourIsASecondPlayerWinAsPublished() {
        int margin = new ReferenceOthello(4).perfectPlayMargin();
        assertEquals(-8, margin, "White, the second player, wins by 8 discs with best play");
        assertEquals(-1, minimax(othello(4).newInitialState()), "Black loses with best play");
    }

    @Test
    void otherSizesMatchTheReferenceForTheFirstPlies() {
        for (int[] sizeAndDepth : new int[][] {{6, 7}, {10, 5}}) {
            Othello game = othello(sizeAndDepth[0]);
            ReferenceOthello.Tree truth = new ReferenceOthello(sizeAndDepth[0]).walk(sizeAndDepth[1]);
            List<Perft.Ply> plies = Perft.count(game, sizeAndDepth[1], ply -> { });
            assertArrayEquals(truth.sequences(), plies.stream().mapToLong(Perft.Ply::sequences).toArray(), game.spec().toString());
        }
    }

    /** Tallies every complete game below {@code s} by result: Black wins, White wins, draws. */
    private static void countResults(State s, long[] results) {
        if (s.isTerminal()) {
            results[s.returns(0) > 0 ? 0 : s.returns(0) < 0 ? 1 : 2]++;
            return;
        }
        IntList legal = new IntArrayList();
        s.legalActions(legal);
        for (int i = 0; i < legal.size(); i++) {
            State child = s.copy();
            child.apply(legal.getInt(i));
            countResults(child, results);
        }
    }

    /** Black's game-theoretic result (+1, 0, -1) from {@code s}, by plain minimax over returns. */
    private static int minimax(State s) {
        if (s.isTerminal()) {
            return (int) s.returns(0);
        }
        boolean black = s.currentPlayer() == 0;
        int best = black ? -2 : 2;
        IntList legal = new IntArrayList();
        s.legalActions(legal);
        for (int i = 0; i < legal.size(); i++) {
            State child = s.copy();
            child.apply(legal.getInt(i));
            int v = minimax(child);
            best = black ? Math.max(best, v) : Math.min(best, v);
        }
        return best;
    }
}
