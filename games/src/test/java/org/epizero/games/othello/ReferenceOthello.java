package org.epizero.games.othello;

import java.util.ArrayList;
import java.util.List;

/**
 * A second Othello, written apart from the package and as plainly as possible (a 2-D grid,
 * direction vectors, a fresh grid per move), so that counts both agree on are evidence rather
 * than an echo of the implementation. Cells hold 0 empty, 1 Black, 2 White; Black moves first.
 */
final class ReferenceOthello {

    private static final int[][] DIRECTIONS = {{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}};

    /** Per ply, the move sequences that reach it and those of them that end the game there; and final results of every complete game. */
    record Tree(long[] sequences, long[] ended, long blackWins, long whiteWins, long draws) {
    }

    private final int n;

    ReferenceOthello(int n) {
        this.n = n;
    }

    int[][] start() {
        int[][] g = new int[n][n];
        int h = n / 2;
        g[h - 1][h - 1] = 2;
        g[h][h] = 2;
        g[h - 1][h] = 1;
        g[h][h - 1] = 1;
        return g;
    }

    /** Counts move sequences ply by ply up to {@code maxPly} (passes are moves), with the results of the games that end on the way. */
    Tree walk(int maxPly) {
        long[] sequences = new long[maxPly + 1];
        long[] ended = new long[maxPly + 1];
        long[] results = new long[3];
        walk(start(), 1, 0, maxPly, sequences, ended, results);
        return new Tree(sequences, ended, results[0], results[1], results[2]);
    }

    /** Black's final disc margin when both sides maximise their own margin. */
    int perfectPlayMargin() {
        return margin(start(), 1);
    }

    private void walk(int[][] g, int who, int ply, int maxPly, long[] sequences, long[] ended, long[] results) {
        sequences[ply]++;
        List<int[]> moves = moves(g, who);
        if (moves.isEmpty() && moves(g, 3 - who).isEmpty()) {
            ended[ply]++;
            int diff = count(g, 1) - count(g, 2);
            results[diff > 0 ? 0 : diff < 0 ? 1 : 2]++;
            return;
        }
        if (ply == maxPly) {
            return;
        }
        if (moves.isEmpty()) {
            walk(g, 3 - who, ply + 1, maxPly, sequences, ended, results);
            return;
        }
        for (int[] m : moves) {
            walk(play(g, who, m[0], m[1]), 3 - who, ply + 1, maxPly, sequences, ended, results);
        }
    }

    /** The final margin for {@code who}, to move on grid {@code g}, with best play from here by both sides. */
    int margin(int[][] g, int who) {
        List<int[]> moves = moves(g, who);
        if (moves.isEmpty()) {
            if (moves(g, 3 - who).isEmpty()) {
                return count(g, who) - count(g, 3 - who);
            }
            return -margin(g, 3 - who);
        }
        int best = Integer.MIN_VALUE;
        for (int[] m : moves) {
            best = Math.max(best, -margin(play(g, who, m[0], m[1]), 3 - who));
        }
        return best;
    }

    /** The grid after {@code who} places at (r, c). */
    int[][] after(int[][] g, int who, int r, int c) {
        return play(g, who, r, c);
    }

    /** How many discs a disc of {@code who} at (r, c) would turn. */
    int turned(int[][] g, int who, int r, int c) {
        return bracketed(g, who, r, c).size();
    }

    List<int[]> moves(int[][] g, int who) {
        List<int[]> moves = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (g[r][c] == 0 && !bracketed(g, who, r, c).isEmpty()) {
                    moves.add(new int[] {r, c});
                }
            }
        }
        return moves;
    }

    private int[][] play(int[][] g, int who, int r, int c) {
        int[][] next = new int[n][];
        for (int i = 0; i < n; i++) {
            next[i] = g[i].clone();
        }
        next[r][c] = who;
        for (int[] cell : bracketed(g, who, r, c)) {
            next[cell[0]][cell[1]] = who;
        }
        return next;
    }

    /** The opponent discs that a disc of {@code who} at (r, c) would turn. */
    private List<int[]> bracketed(int[][] g, int who, int r, int c) {
        List<int[]> all = new ArrayList<>();
        for (int[] d : DIRECTIONS) {
            List<int[]> line = new ArrayList<>();
            int rr = r + d[0];
            int cc = c + d[1];
            while (rr >= 0 && rr < n && cc >= 0 && cc < n && g[rr][cc] == 3 - who) {
                line.add(new int[] {rr, cc});
                rr += d[0];
                cc += d[1];
            }
            if (rr >= 0 && rr < n && cc >= 0 && cc < n && g[rr][cc] == who) {
                all.addAll(line);
            }
        }
        return all;
    }

    private int count(int[][] g, int who) {
        int k = 0;
        for (int[] row : g) {
            for (int v : row) {
                k += v == who ? 1 : 0;
            }
        }
        return k;
    }
}
