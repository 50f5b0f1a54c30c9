package org.epizero.games.go;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameSpec;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.Symmetry;
import org.epizero.engine.game.Zobrist;
import org.epizero.engine.services.GameServices;

/**
 * Go on an {@code N x N} board with positional superko, suicide forbidden, and Tromp-Taylor area
 * scoring with komi for White. Player 0 is Black and moves first.
 *
 * <p><b>Actions.</b> Point {@code row * N + col} with row 0 the bottom row (GTP row 1) and column 0
 * GTP column A; action {@code N * N} is pass. Actions are written in GTP notation ({@code "D4"},
 * columns A-T without I) and {@code "pass"}.
 *
 * <p><b>End.</b> Two consecutive passes end the game, and so does reaching {@link #maxGameLength()}
 * = {@code 3 * N * N} moves (passes included); the position is then scored as it stands.
 *
 * <p><b>Observation</b> ({@value #PLANES} planes of {@code N x N}, cell index = point index, so
 * plane row 0 is the bottom row), from the viewer's side: 0 the viewer's stones, 1 the opponent's
 * stones, 2 and 3 the viewer's and the opponent's stones before the last move (equal to planes 0
 * and 1 right after a pass and at the start), 4 all ones when the viewer is Black. The history
 * planes show the last move and a pass, which a single position cannot.
 *
 * <p><b>Hash.</b> Zobrist over the stones, the stones before the last move, the side to move, a
 * pending pass and the end of the game. The rest of the superko history is not hashed: two states
 * with equal hashes can differ only in which moves earlier positions forbid.
 */
public final class Go implements Game {

    static final String NAME = "go";
    /** Number of observation planes. */
    public static final int PLANES = 5;
    /** GTP column letters; there is no I. */
    static final String COLUMNS = "ABCDEFGHJKLMNOPQRST";

    static final int EMPTY = 0;
    static final int BLACK = 1;
    static final int WHITE = 2;

    private final GameSpec spec;
    private final int size;
    private final double komi;
    private final int points;
    private final ObservationShape shape;
    private final List<Symmetry> symmetries;
    /** Neighbours of point p are {@code neighbors[4p .. 4p + neighborCount[p])}. */
    final int[] neighbors;
    final int[] neighborCount;
    /** Keys {@code [colour * points + p]} (colour 1 or 2) for the current stones. */
    final long[] stoneKeys;
    /** A second, independent table for the stones before the last move. */
    final long[] previousStoneKeys;
    final long whiteToMoveKey;
    final long passPendingKey;
    final long gameOverKey;

    Go(GameSpec spec) {
        this.spec = spec;
        this.size = spec.intParam("size");
        this.komi = spec.doubleParam("komi");
        this.points = size * size;
        this.shape = new ObservationShape(PLANES, size, size);
        this.neighbors = new int[4 * points];
        this.neighborCount = new int[points];
        for (int p = 0; p < points; p++) {
            int row = p / size;
            int col = p % size;
            int k = 0;
            if (row > 0) {
                neighbors[4 * p + k++] = p - size;
            }
            if (col > 0) {
                neighbors[4 * p + k++] = p - 1;
            }
            if (col < size - 1) {
                neighbors[4 * p + k++] = p + 1;
            }
            if (row < size - 1) {
                neighbors[4 * p + k++] = p + size;
            }
            neighborCount[p] = k;
        }
        long[] keys = Zobrist.keys(0x60_5EED_0000L + size, 6 * points + 3);
        this.stoneKeys = new long[3 * points];
        this.previousStoneKeys = new long[3 * points];
        System.arraycopy(keys, 0, stoneKeys, points, 2 * points);
        System.arraycopy(keys, 2 * points, previousStoneKeys, points, 2 * points);
        this.whiteToMoveKey = keys[6 * points];
        this.passPendingKey = keys[6 * points + 1];
        this.gameOverKey = keys[6 * points + 2];
        List<Symmetry> list = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int[] cells = Symmetry.dihedralCellMap(size, t);
            int[] actions = new int[points + 1];
            System.arraycopy(cells, 0, actions, 0, points);
            actions[points] = points;
            list.add(new Symmetry(Symmetry.dihedralName(t), cells, actions));
        }
        this.symmetries = List.copyOf(list);
    }

    /** Board side length. */
    public int size() {
        return size;
    }

    /** Points added to White's area score. */
    public double komi() {
        return komi;
    }

    /** The pass action, {@code N * N}. */
    public int passAction() {
        return points;
    }

    /** The point at {@code row} (0 = bottom) and {@code col} (0 = column A). */
    public int point(int row, int col) {
        if (row < 0 || row >= size || col < 0 || col >= size) {
            throw new IllegalArgumentException("no point (" + row + ", " + col + ") on a " + size + "x" + size + " board");
        }
        return row * size + col;
    }

    @Override
    public GameSpec spec() {
        return spec;
    }

    @Override
    public int numDistinctActions() {
        return points + 1;
    }

    @Override
    public int numPlayers() {
        return 2;
    }

    @Override
    public ObservationShape observationShape() {
        return shape;
    }

    @Override
    public int maxGameLength() {
        return 3 * points;
    }

    @Override
    public List<Symmetry> symmetries() {
        return symmetries;
    }

    @Override
    public GoState newInitialState() {
        return new GoState(this);
    }

    @Override
    public String formatAction(int action) {
        if (action == points) {
            return "pass";
        }
        if (action < 0 || action > points) {
            throw new IllegalArgumentException("no Go action " + action + " on a " + size + "x" + size + " board");
        }
        return COLUMNS.charAt(action % size) + Integer.toString(action / size + 1);
    }

    @Override
    public int parseAction(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("PASS")) {
            return points;
        }
        if (t.length() >= 2 && t.length() <= 3) {
            int col = COLUMNS.indexOf(t.charAt(0));
            String digits = t.substring(1);
            if (col >= 0 && col < size && digits.chars().allMatch(ch -> ch >= '0' && ch <= '9') && digits.charAt(0) != '0') {
                int row = Integer.parseInt(digits) - 1;
                if (row < size) {
                    return row * size + col;
                }
            }
        }
        throw new IllegalArgumentException("not a point of the " + size + "x" + size + " Go board: '" + text
                + "' (expected e.g. A1.." + COLUMNS.charAt(size - 1) + size + " or pass)");
    }

    @Override
    public String toString() {
        return spec.toString();
    }

    @Override
    public GameServices services() {
        return new GoServices(this);
    }
}
