package org.epizero.engine.nn;

import it.unimi.dsi.fastutil.ints.IntList;
import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameSpec;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.State;
import org.epizero.engine.game.Symmetry;
import org.epizero.engine.game.Zobrist;

/**
 * A test game with connect-four shapes and no winning lines: players drop stones into columns
 * until the board is full (a draw). Columns fill up, so legal sets shrink; the board has a
 * left-right mirror symmetry. Observation: own stones, opponent stones, ones when player 0 views.
 */
final class ColumnDropGame implements Game {

    private final int rows;
    private final int cols;
    private final long[] zobrist;
    private final List<Symmetry> symmetries;

    ColumnDropGame(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.zobrist = Zobrist.keys(rows * 1000L + cols, 2 * rows * cols + 1);
        int[] cellMirror = new int[rows * cols];
        int[] actionMirror = new int[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cellMirror[r * cols + c] = r * cols + (cols - 1 - c);
            }
        }
        for (int c = 0; c < cols; c++) {
            actionMirror[c] = cols - 1 - c;
        }
        symmetries = List.of(Symmetry.identity(rows * cols, cols), new Symmetry("mirror", cellMirror, actionMirror));
    }

    @Override
    public GameSpec spec() {
        return GameSpec.parse("columndrop(rows=" + rows + ",cols=" + cols + ")");
    }

    @Override
    public int numDistinctActions() {
        return cols;
    }

    @Override
    public int numPlayers() {
        return 2;
    }

    @Override
    public ObservationShape observationShape() {
        return new ObservationShape(3, rows, cols);
    }

    @Override
    public int maxGameLength() {
        return rows * cols;
    }

    @Override
    public List<Symmetry> symmetries() {
        return symmetries;
    }

    @Override
    public State newInitialState() {
        return new Position();
    }

    @Override
    public String formatAction(int action) {
        return Integer.toString(action + 1);
    }

    @Override
    public int parseAction(String text) {
        return Integer.parseInt(text.strip()) - 1;
    }

    private final class Position implements State {
        /** 0 empty, 1 player 0, 2 player 1; row 0 at the top. */
        private final byte[] cells;
        private final int[] heights;
        private int moves;
        private long hash;

        Position() {
            cells = new byte[rows * cols];
            heights = new int[cols];
        }

        Position(Position other) {
            cells = other.cells.clone();
            heights = other.heights.clone();
            moves = other.moves;
            hash = other.hash;
        }

        @Override
        public Game game() {
            return ColumnDropGame.this;
        }

        @Override
        public int currentPlayer() {
            return isTerminal() ? TERMINAL : moves & 1;
        }

        @Override
        public boolean isTerminal() {
            return moves == rows * cols;
        }

        @Override
        public void legalActions(IntList out) {
            out.clear();
            for (int c = 0; c < cols; c++) {
                if (heights[c] < rows) {
                    out.add(c);
                }
            }
        }

        @Override
        public boolean isLegal(int action) {
            return action >= 0 && action < cols && heights[action] < rows;
        }

        @Override
        public void apply(int action) {
            if (!isLegal(action)) {
                throw new IllegalArgumentException("column " + action + " is full or off the board");
            }
            int player = moves & 1;
            int cell = (rows - 1 - heights[action]) * cols + action;
            cells[cell] = (byte) (player + 1);
            heights[action]++;
            hash ^= zobrist[player * rows * cols + cell] ^ zobrist[2 * rows * cols];
            moves++;
        }

        @Override
        public State copy() {
            return new Position(this);
        }

        @Override
        public int moveNumber() {
            return moves;
        }

        @Override
        public double returns(int player) {
            return 0;
        }

        @Override
        public void writeObservation(int player, float[] out, int offset) {
            int area = rows * cols;
            for (int c = 0; c < area; c++) {
                out[offset + c] = cells[c] == player + 1 ? 1f : 0f;
                out[offset + area + c] = cells[c] != 0 && cells[c] != player + 1 ? 1f : 0f;
                out[offset + 2 * area + c] = player == 0 ? 1f : 0f;
            }
        }

        @Override
        public long hash() {
            return hash;
        }

        @Override
        public String render() {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    sb.append(".XO".charAt(cells[r * cols + c]));
                }
                sb.append('\n');
            }
            return sb.toString();
        }
    }
}
