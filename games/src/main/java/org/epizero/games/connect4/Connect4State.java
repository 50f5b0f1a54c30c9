package org.epizero.games.connect4;

import it.unimi.dsi.fastutil.HashCommon;
import it.unimi.dsi.fastutil.ints.IntList;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * A connect-four position as two bitboards (see {@link Bitboard}): the discs of the player to
 * move and the mask of all discs. Moves and win tests are a handful of long operations and
 * never allocate.
 */
public final class Connect4State implements State {

    /** Keeps the empty board's hash away from zero, which callers may treat as "no hash". */
    private static final long HASH_SALT = 0x6A09_E667_F3BC_C909L;

    private long current;
    private long mask;
    private int moves;
    private int winner = -1;

    Connect4State() {
    }

    private Connect4State(Connect4State other) {
        current = other.current;
        mask = other.mask;
        moves = other.moves;
        winner = other.winner;
    }

    @Override
    public Game game() {
        return Connect4.INSTANCE;
    }

    @Override
    public int currentPlayer() {
        return isTerminal() ? TERMINAL : moves & 1;
    }

    @Override
    public boolean isTerminal() {
        return winner >= 0 || moves == Bitboard.CELLS;
    }

    @Override
    public void legalActions(IntList out) {
        out.clear();
        if (isTerminal()) {
            return;
        }
        for (int col = 0; col < Bitboard.WIDTH; col++) {
            if ((mask & Bitboard.top(col)) == 0) {
                out.add(col);
            }
        }
    }

    @Override
    public boolean isLegal(int action) {
        return action >= 0 && action < Bitboard.WIDTH && !isTerminal() && (mask & Bitboard.top(action)) == 0;
    }

    @Override
    public void apply(int action) {
        if (!isLegal(action)) {
            throw new IllegalArgumentException("illegal connect-four move " + action + " at move " + moves
                    + (isTerminal() ? " (the game is over)" : ""));
        }
        current ^= mask;
        mask |= mask + Bitboard.bottom(action);
        if (Bitboard.hasFour(current ^ mask)) {
            winner = moves & 1;
        }
        moves++;
    }

    /** The landing cell {@code row * 7 + column}, row 0 at the bottom. */
    @Override
    public int placement(int action) {
        if (!isLegal(action)) {
            throw new IllegalArgumentException("no landing cell for connect-four move " + action + " at move " + moves);
        }
        return Long.bitCount(mask & Bitboard.column(action)) * Bitboard.WIDTH + action;
    }

    @Override
    public Connect4State copy() {
        return new Connect4State(this);
    }

    @Override
    public int moveNumber() {
        return moves;
    }

    /** The player who made four in a row, or -1 (game running or drawn). */
    public int winner() {
        return winner;
    }

    @Override
    public double returns(int player) {
        if (winner < 0) {
            return 0;
        }
        return winner == player ? 1 : -1;
    }

    @Override
    public void writeObservation(int player, float[] out, int offset) {
        long own = discsOf(player);
        long opponent = own ^ mask;
        float first = player == 0 ? 1f : 0f;
        int area = Bitboard.CELLS;
        for (int col = 0; col < Bitboard.WIDTH; col++) {
            for (int row = 0; row < Bitboard.HEIGHT; row++) {
                long bit = Bitboard.cell(col, row);
                int i = offset + Connect4.observationCell(col, row);
                out[i] = (own & bit) != 0 ? 1f : 0f;
                out[i + area] = (opponent & bit) != 0 ? 1f : 0f;
                out[i + 2 * area] = first;
            }
        }
    }

    /**
     * The exact position key (see {@link Bitboard#key}) through a bijective 64-bit mixer, so
     * distinct positions never share a hash.
     */
    @Override
    public long hash() {
        return HashCommon.murmurHash3(Bitboard.key(current, mask) ^ HASH_SALT);
    }

    /** Discs of the player to move (after the end: of the player who would move next). */
    long currentDiscs() {
        return current;
    }

    /** All discs on the board. */
    long allDiscs() {
        return mask;
    }

    /** Discs of {@code player}. */
    long discsOf(int player) {
        return player == (moves & 1) ? current : current ^ mask;
    }

    @Override
    public String render() {
        long xs = discsOf(0);
        StringBuilder sb = new StringBuilder();
        for (int row = Bitboard.HEIGHT - 1; row >= 0; row--) {
            for (int col = 0; col < Bitboard.WIDTH; col++) {
                long bit = Bitboard.cell(col, row);
                sb.append((mask & bit) == 0 ? '.' : (xs & bit) != 0 ? 'X' : 'O');
            }
            sb.append('\n');
        }
        return sb.append("1234567\n").toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
