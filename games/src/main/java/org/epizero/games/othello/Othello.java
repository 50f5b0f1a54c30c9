package org.epizero.games.othello;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameSpec;
import org.epizero.engine.game.InvalidGameSpecException;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.Symmetry;
import org.epizero.engine.game.Zobrist;
import org.epizero.engine.services.GameServices;

/**
 * Othello on an even {@code N x N} board ({@code N} from 4 to 10), standard rules: the four
 * centre discs start on the diagonals (White on the top-left and bottom-right ones), Black
 * (player 0) moves first, a move must flip at least one line of opponent discs, a player without
 * such a move must pass, and the game ends when neither player can move. More discs wins.
 *
 * <p><b>Actions.</b> Cell {@code row * N + col} with row 0 the top row, and {@code N * N} for pass,
 * which is legal exactly when it is the only legal action. Written as in Othello notation: column
 * letter and row number from the top ({@code "d3"}, so the 8x8 openings are d3, c4, f5 and e6),
 * and {@code "pass"}. The pass is a placement of its own, {@code N * N}, as in Go.
 *
 * <p><b>Observation</b> ({@value #PLANES} planes of {@code N x N}, cell index = action index),
 * from the viewer's side: the viewer's discs, the opponent's discs, and a plane of ones when the
 * viewer is Black. A position alone decides the rules' future, so there are no history planes.
 *
 * <p><b>Symmetries.</b> Of the eight board symmetries only four keep the starting position (the
 * mirrors swap the colours of the centre): identity, the 180-degree rotation and the two diagonal
 * reflections.
 */
public final class Othello implements Game {

    static final String NAME = "othello";
    static final int MIN_SIZE = 4;
    static final int MAX_SIZE = 10;
    /** Number of observation planes. */
    public static final int PLANES = 3;

    static final byte EMPTY = 0;
    static final byte BLACK = 1;
    static final byte WHITE = 2;
    /** Marks the frame around the board, so that walking a line stops without bounds checks. */
    static final byte BORDER = 3;

    /** Dihedral transforms (see {@link Symmetry#dihedralCellMap}) that fix the starting position. */
    private static final int[] START_PRESERVING = {0, 3, 4, 7};

    private final GameSpec spec;
    private final int size;
    private final int cells;
    private final ObservationShape shape;
    private final List<Symmetry> symmetries;
    /** Row length of the framed board, {@code N + 2}. */
    final int stride;
    /** Index into the framed board of each cell. */
    final int[] square;
    /** Steps on the framed board to the 8 neighbours. */
    final int[] directions;
    /** Zobrist keys {@code [colour * squares + square]} for colours 1 and 2. */
    final long[] discKeys;
    /** Per square, the change of hash when its disc changes colour. */
    final long[] flipKeys;
    final long whiteToMoveKey;
    private final byte[] startBoard;

    Othello(GameSpec spec) {
        this.spec = spec;
        this.size = spec.intParam("size");
        if (size % 2 != 0) {
            throw new InvalidGameSpecException(NAME + ": parameter 'size' must be even, got " + size);
        }
        this.cells = size * size;
        this.shape = new ObservationShape(PLANES, size, size);
        this.stride = size + 2;
        int squares = stride * stride;
        this.square = new int[cells];
        for (int c = 0; c < cells; c++) {
            square[c] = (c / size + 1) * stride + c % size + 1;
        }
        this.directions = new int[] {-stride - 1, -stride, -stride + 1, -1, 1, stride - 1, stride, stride + 1};
        long[] keys = Zobrist.keys(0x07E1_1000L + size, 2 * cells + 1);
        this.discKeys = new long[3 * squares];
        this.flipKeys = new long[squares];
        for (int c = 0; c < cells; c++) {
            int sq = square[c];
            discKeys[BLACK * squares + sq] = keys[c];
            discKeys[WHITE * squares + sq] = keys[cells + c];
            flipKeys[sq] = keys[c] ^ keys[cells + c];
        }
        this.whiteToMoveKey = keys[2 * cells];
        this.startBoard = new byte[squares];
        Arrays.fill(startBoard, BORDER);
        for (int sq : square) {
            startBoard[sq] = EMPTY;
        }
        int h = size / 2;
        startBoard[square[cell(h - 1, h - 1)]] = WHITE;
        startBoard[square[cell(h, h)]] = WHITE;
        startBoard[square[cell(h - 1, h)]] = BLACK;
        startBoard[square[cell(h, h - 1)]] = BLACK;
        List<Symmetry> list = new ArrayList<>();
        for (int t : START_PRESERVING) {
            int[] cellMap = Symmetry.dihedralCellMap(size, t);
            int[] actionMap = new int[cells + 1];
            System.arraycopy(cellMap, 0, actionMap, 0, cells);
            actionMap[cells] = cells;
            list.add(new Symmetry(Symmetry.dihedralName(t), cellMap, actionMap));
        }
        this.symmetries = List.copyOf(list);
    }

    /** Board side length. */
    public int size() {
        return size;
    }

    /** The pass action, {@code N * N}. */
    public int passAction() {
        return cells;
    }

    /** The cell at {@code row} (0 = top, notation row 1) and {@code col} (0 = column a). */
    public int cell(int row, int col) {
        if (row < 0 || row >= size || col < 0 || col >= size) {
            throw new IllegalArgumentException("no cell (" + row + ", " + col + ") on a " + size + "x" + size + " board");
        }
        return row * size + col;
    }

    /**
     * A position given as a picture: {@code N} rows from the top, separated by {@code '/'} or line
     * breaks, each of {@code N} characters {@code 'X'} (Black), {@code 'O'} (White) or {@code '.'}.
     * If {@code player} has no move the state is at its pass, or over if neither side has one. Its
     * move number starts at 0.
     *
     * @throws IllegalArgumentException if the picture does not describe an {@code N x N} board or
     *     {@code player} is neither 0 nor 1
     */
    public OthelloState position(String picture, int player) {
        if (player != 0 && player != 1) {
            throw new IllegalArgumentException("player must be 0 (Black) or 1 (White), got " + player);
        }
        String[] rows = picture.strip().split("\\s*[/\\n]\\s*");
        if (rows.length != size) {
            throw new IllegalArgumentException("expected " + size + " rows, got " + rows.length + " in '" + picture + "'");
        }
        byte[] board = startBoard();
        for (int row = 0; row < size; row++) {
            if (rows[row].length() != size) {
                throw new IllegalArgumentException("row " + (row + 1) + " must have " + size + " cells: '" + rows[row] + "'");
            }
            for (int col = 0; col < size; col++) {
                int colour = "XO.".indexOf(Character.toUpperCase(rows[row].charAt(col)));
                if (colour < 0) {
                    throw new IllegalArgumentException("row " + (row + 1) + ": '" + rows[row].charAt(col) + "' is not X, O or .");
                }
                board[square[cell(row, col)]] = colour == 2 ? EMPTY : (byte) (colour + 1);
            }
        }
        return new OthelloState(this, board, player);
    }

    /** A copy of the starting position on the framed board. */
    byte[] startBoard() {
        return startBoard.clone();
    }

    @Override
    public GameSpec spec() {
        return spec;
    }

    @Override
    public int numDistinctActions() {
        return cells + 1;
    }

    @Override
    public int numPlayers() {
        return 2;
    }

    @Override
    public ObservationShape observationShape() {
        return shape;
    }

    /**
     * Each disc fills a cell for good, and a pass is always followed by a disc (the player who did
     * not pass has a move), so at most two moves per empty cell of the start.
     */
    @Override
    public int maxGameLength() {
        return 2 * (cells - 4);
    }

    @Override
    public List<Symmetry> symmetries() {
        return symmetries;
    }

    @Override
    public OthelloState newInitialState() {
        return new OthelloState(this, startBoard(), 0);
    }

    @Override
    public String formatAction(int action) {
        if (action == cells) {
            return "pass";
        }
        if (action < 0 || action > cells) {
            throw new IllegalArgumentException("no Othello action " + action + " on a " + size + "x" + size + " board");
        }
        return (char) ('a' + action % size) + Integer.toString(action / size + 1);
    }

    @Override
    public int parseAction(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("pass")) {
            return cells;
        }
        if (t.length() >= 2 && t.length() <= 3) {
            int col = t.charAt(0) - 'a';
            String digits = t.substring(1);
            if (col >= 0 && col < size && digits.chars().allMatch(ch -> ch >= '0' && ch <= '9') && digits.charAt(0) != '0') {
                int row = Integer.parseInt(digits) - 1;
                if (row < size) {
                    return row * size + col;
                }
            }
        }
        throw new IllegalArgumentException("not a cell of the " + size + "x" + size + " Othello board: '" + text
                + "' (expected a1.." + (char) ('a' + size - 1) + size + " or pass)");
    }

    @Override
    public GameServices services() {
        return OthelloServices.INSTANCE;
    }

    @Override
    public String toString() {
        return spec.toString();
    }
}
