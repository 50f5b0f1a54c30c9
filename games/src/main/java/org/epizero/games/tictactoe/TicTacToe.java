package org.epizero.games.tictactoe;

import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameSpec;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.State;
import org.epizero.engine.game.Symmetry;
import org.epizero.engine.game.Zobrist;
import org.epizero.engine.services.GameServices;

/**
 * Tic-tac-toe. Action {@code a} marks cell {@code a} (row-major, row 0 at the top), written
 * {@code 1}-{@code 9}. Player 0 plays X. Observation planes, from the viewer's side: the
 * viewer's marks, the opponent's marks, and a plane of ones when the viewer is X.
 */
public final class TicTacToe implements Game {

    static final String NAME = "tictactoe";
    static final int CELLS = 9;
    static final TicTacToe INSTANCE = new TicTacToe();

    /** The 8 lines of three, as bit masks over the 9 cells. */
    static final int[] LINES = {
        0b000000111, 0b000111000, 0b111000000,
        0b001001001, 0b010010010, 0b100100100,
        0b100010001, 0b001010100,
    };

    /** Keys 0-8 for X on a cell, 9-17 for O, 18 for "O to move". */
    static final long[] ZOBRIST = Zobrist.keys(0x7177_7AC7_0E00L, 2 * CELLS + 1);

    private static final ObservationShape SHAPE = new ObservationShape(3, 3, 3);
    private final List<Symmetry> symmetries;

    private TicTacToe() {
        List<Symmetry> list = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int[] map = Symmetry.dihedralCellMap(3, t);
            list.add(new Symmetry(Symmetry.dihedralName(t), map, map));
        }
        symmetries = List.copyOf(list);
    }

    /** The one tic-tac-toe game. */
    public static TicTacToe instance() {
        return INSTANCE;
    }

    @Override
    public GameSpec spec() {
        return GameSpec.of(NAME);
    }

    @Override
    public int numDistinctActions() {
        return CELLS;
    }

    @Override
    public int numPlayers() {
        return 2;
    }

    @Override
    public ObservationShape observationShape() {
        return SHAPE;
    }

    @Override
    public int maxGameLength() {
        return CELLS;
    }

    @Override
    public List<Symmetry> symmetries() {
        return symmetries;
    }

    @Override
    public TicTacToeState newInitialState() {
        return new TicTacToeState();
    }

    @Override
    public String formatAction(int action) {
        if (action < 0 || action >= CELLS) {
            throw new IllegalArgumentException("no tic-tac-toe cell " + action);
        }
        return Integer.toString(action + 1);
    }

    @Override
    public int parseAction(String text) {
        String t = text.strip();
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '9') {
            return t.charAt(0) - '1';
        }
        throw new IllegalArgumentException("not a tic-tac-toe cell: '" + text + "' (expected 1-9)");
    }

    @Override
    public String toString() {
        return NAME;
    }

    static boolean hasLine(int marks) {
        for (int line : LINES) {
            if ((marks & line) == line) {
                return true;
            }
        }
        return false;
    }

    @Override
    public GameServices services() {
        return TicTacToeServices.INSTANCE;
    }
}
