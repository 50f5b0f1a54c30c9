package org.epizero.games.go;

import static org.epizero.games.go.Go.BLACK;
import static org.epizero.games.go.Go.EMPTY;

import it.unimi.dsi.fastutil.ints.IntList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * A Go position with the history its rules need: the set of earlier board keys (positional
 * superko), the board before the last move (observation history planes) and the pass count.
 * Playing a move allocates nothing, except when the superko set grows its table and when the
 * final move scores the game; the legal moves of a position are computed once and kept.
 */
public final class GoState implements State {

    private final Go go;
    private final int points;
    private final GoBoard board;
    /** Colours before the last move. */
    private final byte[] previous;
    private long previousKey;
    /** Superko keys of every position so far, the current one included. */
    private final LongOpenHashSet seen;
    private int moves;
    private int consecutivePasses;
    private boolean over;
    /** Black's area minus White's minus komi, set when the game ends. */
    private double finalScore;
    /**
     * The legal actions of this position once computed (search asks twice per leaf: to encode it
     * and to expand it); never changed once set, so copies share it. Null until asked.
     */
    private int[] legal;

    GoState(Go go) {
        this.go = go;
        this.points = go.size() * go.size();
        this.board = new GoBoard(go);
        this.previous = new byte[points];
        this.previousKey = board.previousTableKey();
        this.seen = new LongOpenHashSet();
        seen.add(board.key());
    }

    private GoState(GoState other) {
        this.go = other.go;
        this.points = other.points;
        this.board = new GoBoard(other.board);
        this.previous = other.previous.clone();
        this.previousKey = other.previousKey;
        this.seen = other.seen.clone();
        this.moves = other.moves;
        this.consecutivePasses = other.consecutivePasses;
        this.over = other.over;
        this.finalScore = other.finalScore;
        this.legal = other.legal;
    }

    @Override
    public Game game() {
        return go;
    }

    @Override
    public int currentPlayer() {
        return over ? TERMINAL : moves & 1;
    }

    @Override
    public boolean isTerminal() {
        return over;
    }

    @Override
    public void legalActions(IntList out) {
        out.clear();
        if (over) {
            return;
        }
        if (legal == null) {
            int[] found = new int[points + 1];
            int count = 0;
            int c = colorToMove();
            for (int p = 0; p < points; p++) {
                if (board.color(p) == EMPTY && !board.isSuicide(p, c) && !repeats(p, c)) {
                    found[count++] = p;
                }
            }
            found[count++] = points;
            legal = Arrays.copyOf(found, count);
        }
        out.addElements(0, legal);
    }

    @Override
    public boolean isLegal(int action) {
        if (over || action < 0 || action > points) {
            return false;
        }
        return action == points || isLegalIgnoringSuperko(action) && !repeats(action, colorToMove());
    }

    /**
     * Whether the move would be legal under the rules without positional superko: pass, or a
     * placement on an empty point that is not suicide.
     */
    public boolean isLegalIgnoringSuperko(int action) {
        if (over || action < 0 || action > points) {
            return false;
        }
        return action == points || board.color(action) == EMPTY && !board.isSuicide(action, colorToMove());
    }

    @Override
    public void apply(int action) {
        if (!isLegal(action)) {
            throw new IllegalArgumentException("illegal Go move " + describe(action) + " at move " + moves
                    + (over ? " (the game is over)" : ""));
        }
        board.copyColors(previous);
        previousKey = board.previousTableKey();
        if (action == points) {
            consecutivePasses++;
        } else {
            board.play(action, colorToMove());
            seen.add(board.key());
            consecutivePasses = 0;
        }
        moves++;
        legal = null;
        if (consecutivePasses == 2 || moves == go.maxGameLength()) {
            over = true;
            finalScore = board.areaDifference() - go.komi();
        }
    }

    /** Whether the game is over because both players passed in a row (not by the length cap). */
    public boolean endedByPasses() {
        return over && consecutivePasses >= 2;
    }

    /**
     * Reopens a game that two passes ended, for front ends that follow GTP 2, where the game is
     * over for scoring after two passes but play may go on: the same position, the player after
     * the second pass to move, no pass pending.
     *
     * @throws IllegalStateException if the game did not end by two passes
     */
    public void continueAfterPasses() {
        if (!endedByPasses()) {
            throw new IllegalStateException("the game did not end by two passes");
        }
        over = false;
        consecutivePasses = 0;
        legal = null;
    }

    @Override
    public GoState copy() {
        return new GoState(this);
    }

    @Override
    public int moveNumber() {
        return moves;
    }

    @Override
    public double returns(int player) {
        if (!over || finalScore == 0) {
            return 0;
        }
        boolean blackWins = finalScore > 0;
        return blackWins == (player == 0) ? 1 : -1;
    }

    /**
     * Black's Tromp-Taylor area minus White's, minus komi, of the current position (the final
     * score once the game is over).
     */
    public double score() {
        return over ? finalScore : board.areaDifference() - go.komi();
    }

    /** The stone at {@code point}: 0 empty, 1 Black, 2 White. */
    public int stoneAt(int point) {
        return board.color(point);
    }

    @Override
    public void writeObservation(int player, float[] out, int offset) {
        int own = player == 0 ? BLACK : Go.WHITE;
        int opponent = 3 - own;
        float black = player == 0 ? 1f : 0f;
        for (int p = 0; p < points; p++) {
            int now = board.color(p);
            int before = previous[p];
            out[offset + p] = now == own ? 1f : 0f;
            out[offset + points + p] = now == opponent ? 1f : 0f;
            out[offset + 2 * points + p] = before == own ? 1f : 0f;
            out[offset + 3 * points + p] = before == opponent ? 1f : 0f;
            out[offset + 4 * points + p] = black;
        }
    }

    @Override
    public long hash() {
        long h = board.key() ^ previousKey;
        if ((moves & 1) != 0) {
            h ^= go.whiteToMoveKey;
        }
        if (consecutivePasses == 1) {
            h ^= go.passPendingKey;
        }
        if (over) {
            h ^= go.gameOverKey;
        }
        return h;
    }

    @Override
    public String render() {
        int n = go.size();
        StringBuilder sb = new StringBuilder();
        StringBuilder letters = new StringBuilder("   ");
        for (int col = 0; col < n; col++) {
            letters.append(Go.COLUMNS.charAt(col)).append(' ');
        }
        String header = letters.toString().stripTrailing();
        sb.append(header).append('\n');
        for (int row = n - 1; row >= 0; row--) {
            String label = String.format("%2d", row + 1);
            sb.append(label).append(' ');
            for (int col = 0; col < n; col++) {
                int c = board.color(row * n + col);
                sb.append(c == EMPTY ? '.' : c == BLACK ? 'X' : 'O').append(' ');
            }
            sb.append(label.strip()).append('\n');
        }
        sb.append(header).append('\n');
        if (over) {
            double s = finalScore;
            sb.append("Game over: ").append(s > 0 ? "B+" + s : s < 0 ? "W+" + (-s) : "draw").append('\n');
        } else {
            sb.append(moves % 2 == 0 ? "Black (X)" : "White (O)").append(" to move, move ").append(moves + 1)
                    .append(consecutivePasses == 1 ? ", after a pass" : "").append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    /** Whether colour c playing at the empty point p recreates an earlier position. */
    private boolean repeats(int p, int c) {
        return board.wasCapturedAt(p) && seen.contains(board.keyAfter(p, c));
    }

    private int colorToMove() {
        return (moves & 1) == 0 ? BLACK : Go.WHITE;
    }

    private String describe(int action) {
        return action >= 0 && action <= points ? go.formatAction(action) : Integer.toString(action);
    }
}
