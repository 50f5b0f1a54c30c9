package org.epizero.games.othello;

import static org.epizero.games.othello.Othello.BLACK;
import static org.epizero.games.othello.Othello.EMPTY;

import it.unimi.dsi.fastutil.ints.IntList;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * An Othello position: the board framed by a border of sentinels (so lines are walked without
 * bounds checks), the player to move and whether that player must pass or the game is over.
 * Nothing else of the history matters to the rules. Playing a move never allocates; a copy is
 * one small array.
 */
public final class OthelloState implements State {

    private final Othello othello;
    /** Colours on the framed board: {@link Othello#EMPTY}, BLACK, WHITE or BORDER. */
    private final byte[] board;
    private int blackDiscs;
    private int whiteDiscs;
    private int toMove;
    private boolean mustPass;
    private boolean over;
    private int moves;
    /** Zobrist hash of the discs alone; the side to move is added in {@link #hash()}. */
    private long discHash;

    OthelloState(Othello othello, byte[] board, int toMove) {
        this.othello = othello;
        this.board = board;
        this.toMove = toMove;
        int squares = board.length;
        for (int sq : othello.square) {
            int colour = board[sq];
            if (colour != EMPTY) {
                if (colour == BLACK) {
                    blackDiscs++;
                } else {
                    whiteDiscs++;
                }
                discHash ^= othello.discKeys[colour * squares + sq];
            }
        }
        settle();
    }

    private OthelloState(OthelloState other) {
        this.othello = other.othello;
        this.board = other.board.clone();
        this.blackDiscs = other.blackDiscs;
        this.whiteDiscs = other.whiteDiscs;
        this.toMove = other.toMove;
        this.mustPass = other.mustPass;
        this.over = other.over;
        this.moves = other.moves;
        this.discHash = other.discHash;
    }

    @Override
    public Game game() {
        return othello;
    }

    @Override
    public int currentPlayer() {
        return over ? TERMINAL : toMove;
    }

    @Override
    public boolean isTerminal() {
        return over;
    }

    /** Whether the player to move has no disc to place and so must pass. */
    public boolean mustPass() {
        return mustPass;
    }

    @Override
    public void legalActions(IntList out) {
        out.clear();
        if (over) {
            return;
        }
        if (mustPass) {
            out.add(othello.passAction());
            return;
        }
        int own = toMove + 1;
        int[] square = othello.square;
        for (int c = 0; c < square.length; c++) {
            if (board[square[c]] == EMPTY && flipsAny(square[c], own)) {
                out.add(c);
            }
        }
    }

    @Override
    public boolean isLegal(int action) {
        if (over || action < 0 || action > othello.passAction()) {
            return false;
        }
        if (action == othello.passAction()) {
            return mustPass;
        }
        int sq = othello.square[action];
        return board[sq] == EMPTY && flipsAny(sq, toMove + 1);
    }

    @Override
    public void apply(int action) {
        if (!isLegal(action)) {
            throw new IllegalArgumentException("illegal Othello move "
                    + (action >= 0 && action <= othello.passAction() ? othello.formatAction(action) : Integer.toString(action))
                    + " at move " + moves + (over ? " (the game is over)" : mustPass ? " (the only legal move is pass)" : ""));
        }
        moves++;
        if (action == othello.passAction()) {
            // The player who did not pass always has a move, so a pass never ends the game.
            toMove ^= 1;
            mustPass = false;
            return;
        }
        place(othello.square[action], toMove + 1);
        toMove ^= 1;
        settle();
    }

    @Override
    public OthelloState copy() {
        return new OthelloState(this);
    }

    @Override
    public int moveNumber() {
        return moves;
    }

    /** Number of discs of {@code player} (0 Black, 1 White). */
    public int discCount(int player) {
        return player == 0 ? blackDiscs : whiteDiscs;
    }

    /** The disc on {@code cell}: 0 empty, 1 Black, 2 White. */
    public int discAt(int cell) {
        return board[othello.square[cell]];
    }

    /** +1 win, -1 loss, 0 draw by disc count once the game is over; 0 before. */
    @Override
    public double returns(int player) {
        if (!over) {
            return 0;
        }
        return Integer.signum(discCount(player) - discCount(player ^ 1));
    }

    @Override
    public void writeObservation(int player, float[] out, int offset) {
        int own = player + 1;
        int opponent = own ^ 3;
        float black = player == 0 ? 1f : 0f;
        int[] square = othello.square;
        int area = square.length;
        for (int c = 0; c < area; c++) {
            int colour = board[square[c]];
            out[offset + c] = colour == own ? 1f : 0f;
            out[offset + area + c] = colour == opponent ? 1f : 0f;
            out[offset + 2 * area + c] = black;
        }
    }

    /**
     * The discs and, while the game runs, the side to move; whether a pass is due and whether the
     * game is over follow from those.
     */
    @Override
    public long hash() {
        return !over && toMove == 1 ? discHash ^ othello.whiteToMoveKey : discHash;
    }

    @Override
    public String render() {
        int n = othello.size();
        StringBuilder header = new StringBuilder("  ");
        for (int col = 0; col < n; col++) {
            header.append(' ').append((char) ('a' + col));
        }
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (int row = 0; row < n; row++) {
            sb.append(String.format("%2d", row + 1));
            for (int col = 0; col < n; col++) {
                sb.append(' ').append(".XO".charAt(discAt(othello.cell(row, col))));
            }
            sb.append('\n');
        }
        sb.append("Black (X) ").append(blackDiscs).append(", White (O) ").append(whiteDiscs).append(": ");
        if (over) {
            int diff = blackDiscs - whiteDiscs;
            sb.append(diff > 0 ? "Black wins" : diff < 0 ? "White wins" : "draw");
        } else {
            sb.append(toMove == 0 ? "Black" : "White").append(mustPass ? " must pass" : " to move");
        }
        return sb.append('\n').toString();
    }

    @Override
    public String toString() {
        return render();
    }

    /** After a change of board or side: the side to move passes if it cannot place, and the game ends if neither can. */
    private void settle() {
        boolean canPlace = hasMove(toMove + 1);
        over = !canPlace && !hasMove((toMove + 1) ^ 3);
        mustPass = !canPlace && !over;
    }

    private boolean hasMove(int colour) {
        for (int sq : othello.square) {
            if (board[sq] == EMPTY && flipsAny(sq, colour)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a disc of {@code own} on the empty square {@code sq} would bracket a line of opponent discs. */
    private boolean flipsAny(int sq, int own) {
        int opponent = own ^ 3;
        for (int d : othello.directions) {
            int s = sq + d;
            if (board[s] != opponent) {
                continue;
            }
            do {
                s += d;
            } while (board[s] == opponent);
            if (board[s] == own) {
                return true;
            }
        }
        return false;
    }

    /** Puts a disc of {@code own} on {@code sq}, which must flip something, and turns every bracketed line. */
    private void place(int sq, int own) {
        int opponent = own ^ 3;
        int squares = board.length;
        board[sq] = (byte) own;
        discHash ^= othello.discKeys[own * squares + sq];
        int flipped = 0;
        for (int d : othello.directions) {
            int s = sq + d;
            while (board[s] == opponent) {
                s += d;
            }
            if (board[s] != own) {
                continue;
            }
            for (s -= d; s != sq; s -= d) {
                board[s] = (byte) own;
                discHash ^= othello.flipKeys[s];
                flipped++;
            }
        }
        if (own == BLACK) {
            blackDiscs += flipped + 1;
            whiteDiscs -= flipped;
        } else {
            whiteDiscs += flipped + 1;
            blackDiscs -= flipped;
        }
    }
}
