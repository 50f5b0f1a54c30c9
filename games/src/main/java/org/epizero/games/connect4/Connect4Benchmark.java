package org.epizero.games.connect4;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Speed figures for connect four on one thread: random playouts through the {@code State} API,
 * and the solver on reproducible sets of random positions.
 */
public final class Connect4Benchmark {

    /** Random playouts: moves and games played in {@code seconds}. */
    public record PlayoutSpeed(long moves, long games, double seconds) {

        public double movesPerSecond() {
            return moves / seconds;
        }

        public double gamesPerSecond() {
            return games / seconds;
        }
    }

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

    /** Plays uniformly random games from the start until at least {@code minMoves} moves are made. */
    public static PlayoutSpeed playouts(long seed, long minMoves) {
        SplittableRandom random = new SplittableRandom(seed);
        Connect4State start = Connect4.instance().newInitialState();
        IntList legal = new IntArrayList(Bitboard.WIDTH);
        long moves = 0;
        long games = 0;
        long t0 = System.nanoTime();
        while (moves < minMoves) {
            Connect4State s = start.copy();
            while (!s.isTerminal()) {
                s.legalActions(legal);
                s.apply(legal.getInt(random.nextInt(legal.size())));
                moves++;
            }
            games++;
        }
        return new PlayoutSpeed(moves, games, (System.nanoTime() - t0) / 1e9);
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

    /** Prints playout and solver speeds on fixed position sets. */
    public static void main(String[] args) {
        Connect4Solver solver = new Connect4Solver();
        playouts(1, 20_000_000);
        PlayoutSpeed p = playouts(2, 100_000_000);
        System.out.printf("random playouts: %.1f M moves/s, %.0f games/s (%d moves in %.2f s)%n",
                p.movesPerSecond() / 1e6, p.gamesPerSecond(), p.moves(), p.seconds());
        solve("warm-up", randomPositions(3, 200, 26), solver);
        int[][] sets = {{32, 1000}, {26, 500}, {20, 100}, {16, 20}, {12, 10}, {10, 10}};
        for (int[] set : sets) {
            SolverSpeed r = solve(set[0] + " discs", randomPositions(set[0], set[1], set[0]), solver);
            System.out.printf("solver, %-8s: %5d positions in %7.2f s, %8.1f positions/s, %5.2f M nodes/s (%d nodes)%n",
                    r.label(), r.positions(), r.seconds(), r.positionsPerSecond(), r.nodesPerSecond() / 1e6, r.nodes());
        }
    }
}
