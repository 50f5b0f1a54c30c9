package org.epizero.games.connect4;

import java.util.SplittableRandom;

/**
 * Reference scores by plain negamax over a grid of cells: no table, no bitboards, no move
 * ordering, four-in-a-row found by walking the lines through the last disc; pruning only in the
 * separate {@link #prunedScore()}. Slow but independent of the solver it checks.
 */
final class PlainNegamax {

    private static final int COLS = 7;
    private static final int ROWS = 6;
    private static final int[][] DIRECTIONS = {{1, 0}, {0, 1}, {1, 1}, {1, -1}};

    /** 0 empty, 1 the first player, 2 the second. */
    private final int[][] grid = new int[COLS][ROWS];
    private final int[] heights = new int[COLS];
    private final int[] discsOf = new int[3];
    private int moves;

    /** The position after {@code moveString} (columns 1-7); no move of it may complete four. */
    PlainNegamax(String moveString) {
        for (char ch : moveString.toCharArray()) {
            int col = ch - '1';
            if (heights[col] == ROWS || drop(col)) {
                throw new IllegalArgumentException("not a running game: " + moveString);
            }
        }
    }

    /**
     * A random move string of {@code discs} moves after which nobody has four in a row (games
     * that end early are thrown away and drawn again).
     */
    static String randomRunningGame(SplittableRandom random, int discs) {
        while (true) {
            PlainNegamax board = new PlainNegamax("");
            StringBuilder moves = new StringBuilder();
            boolean won = false;
            while (moves.length() < discs && !won) {
                int col = random.nextInt(COLS);
                if (board.heights[col] < ROWS) {
                    moves.append((char) ('1' + col));
                    won = board.drop(col);
                }
            }
            if (!won) {
                return moves.toString();
            }
        }
    }

    /** The score of each column for the player to move ({@code Connect4Solver.UNPLAYABLE} when full). */
    int[] scoreMoves() {
        int[] scores = new int[COLS];
        for (int col = 0; col < COLS; col++) {
            scores[col] = heights[col] == ROWS ? Connect4Solver.UNPLAYABLE : scoreOf(col);
        }
        return scores;
    }

    /** The score of the position for the player to move. */
    int score() {
        int best = Integer.MIN_VALUE;
        for (int col = 0; col < COLS; col++) {
            if (heights[col] < ROWS) {
                best = Math.max(best, scoreOf(col));
            }
        }
        return best;
    }

    /** The same score as {@link #score()} by textbook alpha-beta, for positions too deep to enumerate. */
    int prunedScore() {
        return alphaBeta(-COLS * ROWS, COLS * ROWS);
    }

    private int alphaBeta(int alpha, int beta) {
        int player = moves % 2 + 1;
        for (int col = 0; col < COLS; col++) {
            if (heights[col] < ROWS) {
                int result;
                if (drop(col)) {
                    result = 22 - discsOf[player];
                } else if (moves == COLS * ROWS) {
                    result = 0;
                } else {
                    result = -alphaBeta(-beta, -alpha);
                }
                undo(col);
                if (result >= beta) {
                    return result;
                }
                alpha = Math.max(alpha, result);
            }
        }
        return alpha;
    }

    private int scoreOf(int col) {
        int player = moves % 2 + 1;
        int result;
        if (drop(col)) {
            result = 22 - discsOf[player];
        } else if (moves == COLS * ROWS) {
            result = 0;
        } else {
            result = -score();
        }
        undo(col);
        return result;
    }

    /** Drops a disc of the player to move; whether it makes four in a row. */
    private boolean drop(int col) {
        int player = moves % 2 + 1;
        int row = heights[col]++;
        grid[col][row] = player;
        discsOf[player]++;
        moves++;
        for (int[] d : DIRECTIONS) {
            if (1 + run(col, row, d[0], d[1], player) + run(col, row, -d[0], -d[1], player) >= 4) {
                return true;
            }
        }
        return false;
    }

    private void undo(int col) {
        int row = --heights[col];
        discsOf[grid[col][row]]--;
        grid[col][row] = 0;
        moves--;
    }

    private int run(int col, int row, int dc, int dr, int player) {
        int n = 0;
        for (int c = col + dc, r = row + dr; c >= 0 && c < COLS && r >= 0 && r < ROWS && grid[c][r] == player; c += dc, r += dr) {
            n++;
        }
        return n;
    }
}
