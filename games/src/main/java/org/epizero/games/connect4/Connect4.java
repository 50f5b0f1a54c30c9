package org.epizero.games.connect4;

import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameSpec;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.State;
import org.epizero.engine.game.Symmetry;
import org.epizero.engine.services.GameServices;

/**
 * Connect four on the standard board of 7 columns and 6 rows. Action {@code a} drops a disc
 * into column {@code a} (0 at the left), written {@code 1}-{@code 7}, so a game reads as a digit
 * string such as {@code 4453}. Player 0 plays X and moves first.
 *
 * <p>Observation planes ({@code 3 x 6 x 7}, row 0 at the top as in {@link State#render()}), from
 * the viewer's side: the viewer's discs, the opponent's discs, and a plane of ones when the
 * viewer moves first. The only symmetry besides the identity is the left-right mirror.
 */
public final class Connect4 implements Game {

    static final String NAME = "connect4";
    static final Connect4 INSTANCE = new Connect4();

    private static final ObservationShape SHAPE = new ObservationShape(3, Bitboard.HEIGHT, Bitboard.WIDTH);
    private final List<Symmetry> symmetries = List.of(
            Symmetry.identity(Bitboard.CELLS, Bitboard.WIDTH), mirror());

    private Connect4() {
    }

    /** The one connect-four game. */
    public static Connect4 instance() {
        return INSTANCE;
    }

    /** A new game with the moves of {@code moves} (e.g. {@code "4453"}) played. */
    public static Connect4State fromMoves(CharSequence moves) {
        Connect4State state = INSTANCE.newInitialState();
        playMoves(state, moves);
        return state;
    }

    /**
     * Plays a move string such as {@code "4453"} (columns {@code 1}-{@code 7}, whitespace
     * ignored) onto {@code state}.
     *
     * @throws IllegalArgumentException at the first character that is no column or no legal
     *     move; the moves before it stay played
     */
    public static void playMoves(Connect4State state, CharSequence moves) {
        for (int i = 0; i < moves.length(); i++) {
            char ch = moves.charAt(i);
            if (Character.isWhitespace(ch)) {
                continue;
            }
            int col = ch - '1';
            if (col < 0 || col >= Bitboard.WIDTH) {
                throw new IllegalArgumentException("not a column at index " + i + " of '" + moves + "': '" + ch + "'");
            }
            if (!state.isLegal(col)) {
                throw new IllegalArgumentException("illegal move " + ch + " at index " + i + " of '" + moves + "'"
                        + (state.isTerminal() ? " (the game is over)" : " (the column is full)"));
            }
            state.apply(col);
        }
    }

    @Override
    public GameSpec spec() {
        return GameSpec.of(NAME);
    }

    @Override
    public int numDistinctActions() {
        return Bitboard.WIDTH;
    }

    @Override
    public int numPlayers() {
        return 2;
    }

    @Override
    public ObservationShape observationShape() {
        return SHAPE;
    }

    /** The 42 cells: a move is read as the cell its disc lands on ({@link Connect4State#placement}). */
    @Override
    public int numPlacements() {
        return Bitboard.CELLS;
    }

    @Override
    public int maxGameLength() {
        return Bitboard.CELLS;
    }

    @Override
    public List<Symmetry> symmetries() {
        return symmetries;
    }

    @Override
    public Connect4State newInitialState() {
        return new Connect4State();
    }

    @Override
    public String formatAction(int action) {
        if (action < 0 || action >= Bitboard.WIDTH) {
            throw new IllegalArgumentException("no connect-four column " + action);
        }
        return Integer.toString(action + 1);
    }

    @Override
    public int parseAction(String text) {
        String t = text.strip();
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) < '1' + Bitboard.WIDTH) {
            return t.charAt(0) - '1';
        }
        throw new IllegalArgumentException("not a connect-four column: '" + text + "' (expected 1-7)");
    }

    @Override
    public String toString() {
        return NAME;
    }

    /** Observation index of a cell on one plane: row 0 of the observation is the top row. */
    static int observationCell(int col, int row) {
        return (Bitboard.HEIGHT - 1 - row) * Bitboard.WIDTH + col;
    }

    private static Symmetry mirror() {
        int[] cells = new int[Bitboard.CELLS];
        int[] actions = new int[Bitboard.WIDTH];
        for (int col = 0; col < Bitboard.WIDTH; col++) {
            int image = Bitboard.WIDTH - 1 - col;
            actions[col] = image;
            for (int row = 0; row < Bitboard.HEIGHT; row++) {
                cells[observationCell(col, row)] = observationCell(image, row);
            }
        }
        return new Symmetry("mirror", cells, actions);
    }

    @Override
    public GameServices services() {
        return Connect4Services.INSTANCE;
    }
}
