package org.epizero.games.connect4;

/**
 * Bit tricks on the classic connect-four layout: cell {@code (col, row)} is bit
 * {@code col * 7 + row}, row 0 at the bottom, and each column carries one always-empty bit above
 * its top row so that shifts never carry a line from one column into the next. A position is two
 * longs: the discs of one player and the mask of all discs.
 */
final class Bitboard {

    static final int WIDTH = 7;
    static final int HEIGHT = 6;
    static final int CELLS = WIDTH * HEIGHT;
    /** Bits per column: the six rows plus the empty guard bit. */
    static final int STRIDE = HEIGHT + 1;

    /** The bottom cell of every column. */
    static final long BOTTOM = bottomRow();
    /** Every cell of the board (guard bits excluded). */
    static final long BOARD = BOTTOM * ((1L << HEIGHT) - 1);

    private Bitboard() {
    }

    /** The bottom cell of column {@code col}. */
    static long bottom(int col) {
        return 1L << (col * STRIDE);
    }

    /** The top cell of column {@code col}. */
    static long top(int col) {
        return 1L << (HEIGHT - 1 + col * STRIDE);
    }

    /** The six cells of column {@code col}. */
    static long column(int col) {
        return ((1L << HEIGHT) - 1) << (col * STRIDE);
    }

    /** The cell bit of {@code (col, row)}, row 0 at the bottom. */
    static long cell(int col, int row) {
        return 1L << (col * STRIDE + row);
    }

    /** Whether {@code discs} hold four in a row in any direction. */
    static boolean hasFour(long discs) {
        return hasFour(discs, 1) || hasFour(discs, STRIDE) || hasFour(discs, STRIDE - 1) || hasFour(discs, STRIDE + 1);
    }

    /** Four in a row along the direction whose neighbour lies {@code shift} bits away. */
    private static boolean hasFour(long discs, int shift) {
        long pairs = discs & (discs >>> shift);
        return (pairs & (pairs >>> (2 * shift))) != 0;
    }

    /**
     * The empty cells (playable now or not) where one more disc of {@code discs} would complete
     * four in a row; {@code mask} holds every disc on the board.
     */
    static long winningCells(long discs, long mask) {
        long r = (discs << 1) & (discs << 2) & (discs << 3);
        r |= lineCompletions(discs, STRIDE);
        r |= lineCompletions(discs, STRIDE - 1);
        r |= lineCompletions(discs, STRIDE + 1);
        return r & (BOARD ^ mask);
    }

    /** Cells completing a four with three discs along one non-vertical direction, gaps included. */
    private static long lineCompletions(long discs, int shift) {
        long r = 0;
        long pair = (discs << shift) & (discs << (2 * shift));
        r |= pair & (discs << (3 * shift));
        r |= pair & (discs >>> shift);
        pair = (discs >>> shift) & (discs >>> (2 * shift));
        r |= pair & (discs << shift);
        r |= pair & (discs >>> (3 * shift));
        return r;
    }

    /** The cells where a disc may be dropped now: the lowest empty cell of every non-full column. */
    static long playable(long mask) {
        return (mask + BOTTOM) & BOARD;
    }

    /**
     * A number that identifies the position exactly: per column, the filled cells plus the
     * discs of the player to move, which for a column of height {@code h} lies in
     * {@code [2^h - 1, 2^(h+1) - 2]}, disjoint ranges that never carry into the next column.
     */
    static long key(long current, long mask) {
        return current + mask;
    }

    private static long bottomRow() {
        long b = 0;
        for (int c = 0; c < WIDTH; c++) {
            b |= bottom(c);
        }
        return b;
    }
}
