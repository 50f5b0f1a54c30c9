package org.epizero.games.tictactoe;

import it.unimi.dsi.fastutil.ints.IntList;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/** A tic-tac-toe position as two 9-bit masks. */
public final class TicTacToeState implements State {

    private static final int FULL = (1 << TicTacToe.CELLS) - 1;

    private int xs;
    private int os;
    private int moves;
    private int winner = -1;
    private long hash;

    TicTacToeState() {
    }

    private TicTacToeState(TicTacToeState other) {
        xs = other.xs;
        os = other.os;
        moves = other.moves;
        winner = other.winner;
        hash = other.hash;
    }

    @Override
    public Game game() {
        return TicTacToe.INSTANCE;
    }

    @Override
    public int currentPlayer() {
        return isTerminal() ? TERMINAL : moves & 1;
    }

    @Override
    public boolean isTerminal() {
        return winner >= 0 || (xs | os) == FULL;
    }

    @Override
    public void legalActions(IntList out) {
        out.clear();
        if (isTerminal()) {
            return;
        }
        int empty = ~(xs | os) & FULL;
        while (empty != 0) {
            out.add(Integer.numberOfTrailingZeros(empty));
            empty &= empty - 1;
        }
    }

    @Override
    public boolean isLegal(int action) {
        return action >= 0 && action < TicTacToe.CELLS && !isTerminal() && ((xs | os) & (1 << action)) == 0;
    }

    @Override
    public void apply(int action) {
        if (!isLegal(action)) {
            throw new IllegalArgumentException("illegal tic-tac-toe move " + action + " at move " + moves);
        }
        int player = moves & 1;
        if (player == 0) {
            xs |= 1 << action;
            if (TicTacToe.hasLine(xs)) {
                winner = 0;
            }
        } else {
            os |= 1 << action;
            if (TicTacToe.hasLine(os)) {
                winner = 1;
            }
        }
        hash ^= TicTacToe.ZOBRIST[player * TicTacToe.CELLS + action] ^ TicTacToe.ZOBRIST[2 * TicTacToe.CELLS];
        moves++;
    }

    @Override
    public TicTacToeState copy() {
        return new TicTacToeState(this);
    }

    @Override
    public int moveNumber() {
        return moves;
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
        int own = player == 0 ? xs : os;
        int opp = player == 0 ? os : xs;
        float first = player == 0 ? 1f : 0f;
        for (int c = 0; c < TicTacToe.CELLS; c++) {
            out[offset + c] = (own >> c) & 1;
            out[offset + TicTacToe.CELLS + c] = (opp >> c) & 1;
            out[offset + 2 * TicTacToe.CELLS + c] = first;
        }
    }

    @Override
    public long hash() {
        return hash;
    }

    /** Bit mask of X's cells. */
    public int xMask() {
        return xs;
    }

    /** Bit mask of O's cells. */
    public int oMask() {
        return os;
    }

    @Override
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                int bit = 1 << (r * 3 + c);
                sb.append((xs & bit) != 0 ? 'X' : (os & bit) != 0 ? 'O' : '.');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
