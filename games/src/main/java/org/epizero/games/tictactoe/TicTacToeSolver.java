package org.epizero.games.tictactoe;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.Arrays;

/**
 * Exact minimax over the whole tic-tac-toe tree, memoised over all 3^9 boards; the perfect
 * player and the oracle that tests of search and learning are checked against. Thread-safe
 * after construction.
 */
public final class TicTacToeSolver {

    private static final byte UNKNOWN = 2;
    /** Value for the player to move, indexed by {@code xs | os << 9}. */
    private final byte[] values = new byte[1 << 18];

    public TicTacToeSolver() {
        Arrays.fill(values, UNKNOWN);
        solve(0, 0, 0);
    }

    /**
     * The game-theoretic value for the player to move: +1 win, 0 draw, -1 loss. At a terminal
     * state it is the value for the player who would move next (-1 after the opponent's win).
     */
    public int value(TicTacToeState state) {
        return values[key(state.xMask(), state.oMask())];
    }

    /** The moves that keep the state's value (all moves that are optimal), in increasing order. */
    public IntList optimalMoves(TicTacToeState state) {
        IntList legal = new IntArrayList();
        state.legalActions(legal);
        int best = value(state);
        IntList optimal = new IntArrayList();
        for (int i = 0; i < legal.size(); i++) {
            int a = legal.getInt(i);
            TicTacToeState child = state.copy();
            child.apply(a);
            if (-value(child) == best) {
                optimal.add(a);
            }
        }
        return optimal;
    }

    private int solve(int xs, int os, int moves) {
        int key = key(xs, os);
        if (values[key] != UNKNOWN) {
            return values[key];
        }
        int mover = moves & 1;
        int previous = mover == 0 ? os : xs;
        int result;
        if (TicTacToe.hasLine(previous)) {
            result = -1;
        } else if (moves == TicTacToe.CELLS) {
            result = 0;
        } else {
            result = -1;
            int empty = ~(xs | os) & ((1 << TicTacToe.CELLS) - 1);
            // No cut-off once a win is found: every reachable position must be solved, because
            // value() and optimalMoves() look up positions that a pruned search never visits.
            while (empty != 0) {
                int bit = empty & -empty;
                empty ^= bit;
                int child = mover == 0 ? solve(xs | bit, os, moves + 1) : solve(xs, os | bit, moves + 1);
                result = Math.max(result, -child);
            }
        }
        values[key] = (byte) result;
        return result;
    }

    private static int key(int xs, int os) {
        return xs | os << TicTacToe.CELLS;
    }
}
