package org.epizero.games.connect4;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Speed of the connect-four solver on one thread, on reproducible sets of random positions
 * ({@code epizero bench solver}).
 */
public final class Connect4Benchmark {

    /** The solver's scores of {@code positions} positions, visiting {@code nodes} nodes in {@code seconds}. */
    public record SolverSpeed(String label, int positions, long nodes, double seconds) {

        public double nodesPerSecond() {
            return nodes / seconds;
        }

        public double positionsPerSecond() {
            return positions / seconds;
        }
    }

    private Connect4Benchmark() {
    }

    /**
     * {@code count} reproducible positions of {@code discs} random moves each, in which the game
     * is still running and the player to move cannot win at once (such positions would be
     * trivial to solve).
     */
    public static List<Connect4State> randomPositions(long seed, int count, int discs) {
        if (discs < 0 || discs >= Bitboard.CELLS) {
            throw new IllegalArgumentException("discs must be in 0..41, got " + discs);
        }
        SplittableRandom random = new SplittableRandom(seed);
        IntList legal = new IntArrayList(Bitboard.WIDTH);
        List<Connect4State> positions = new ArrayList<>(count);
        while (positions.size() < count) {
            Connect4State s = Connect4.instance().newInitialState();
            while (s.moveNumber() < discs && !s.isTerminal()) {
                s.legalActions(legal);
                s.apply(legal.getInt(random.nextInt(legal.size())));
            }
            boolean canWinNow = (Bitboard.winningCells(s.currentDiscs(), s.allDiscs()) & Bitboard.playable(s.allDiscs())) != 0;
            if (!s.isTerminal() && !canWinNow) {
                positions.add(s);
            }
        }
        return positions;
    }

    /**
     * Scores every position, starting from an empty table that the positions then share (they
     * are unrelated, so it is mostly cold), and reports the totals.
     */
    public static SolverSpeed solve(String label, List<Connect4State> positions, Connect4Solver solver) {
        solver.clearTable();
        long nodes = 0;
        long nanos = 0;
        for (Connect4State s : positions) {
            long before = solver.nodeCount();
            long t0 = System.nanoTime();
            solver.score(s);
            nanos += System.nanoTime() - t0;
            nodes += solver.nodeCount() - before;
        }
        return new SolverSpeed(label, positions.size(), nodes, nanos / 1e9);
    }
}
