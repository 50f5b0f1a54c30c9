package org.epizero.games.connect4;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.engine.services.GameBenchmark;

/**
 * Speed of the connect-four solver on one thread, on reproducible sets of random positions by
 * disc count ({@code epizero bench declared connect4}).
 */
public final class Connect4Benchmark implements GameBenchmark {

    /** Disc counts of the measured sets and positions per set: fewer discs take far longer to solve. */
    private static final int[][] SETS = {{32, 1000}, {26, 500}, {20, 100}, {16, 20}, {12, 10}};

    /** The solver's scores of {@code positions} positions, visiting {@code nodes} nodes in {@code seconds}. */
    public record SolverSpeed(String label, int positions, long nodes, double seconds) {

        public double nodesPerSecond() {
            return nodes / seconds;
        }

        public double positionsPerSecond() {
            return positions / seconds;
        }
    }

    Connect4Benchmark() {
    }

    @Override
    public String name() {
        return "solver";
    }

    @Override
    public String description() {
        return "exact solver speed (positions/s, nodes/s) on sets of random positions of 32 down to 12 discs";
    }

    @Override
    public void run(PrintWriter out) {
        Connect4Solver solver = new Connect4Solver();
        solve("warm-up", randomPositions(3, 200, 26), solver);
        out.printf("%-10s %10s %10s %14s %12s%n", "discs", "positions", "seconds", "positions/s", "M nodes/s");
        for (int[] set : SETS) {
            SolverSpeed r = solve(set[0] + " discs", randomPositions(set[0], set[1], set[0]), solver);
            out.printf("%-10d %10d %10.2f %14.1f %12.2f%n", set[0], r.positions(), r.seconds(), r.positionsPerSecond(),
                    r.nodesPerSecond() / 1e6);
            out.flush();
        }
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
