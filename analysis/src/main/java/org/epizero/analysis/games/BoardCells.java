package org.epizero.analysis.games;

import org.epizero.engine.game.Game;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.State;

/**
 * The cells of a position from one player's view, read from the first two planes of
 * {@link State#writeObservation}, which by the engine's convention hold that player's pieces and
 * the opponent's. The one place the tokenisers that show a board read it. Holds a buffer: one per
 * thread.
 */
final class BoardCells {

    static final int EMPTY = 0;
    static final int OWN = 1;
    static final int OPPONENT = 2;
    /** Distinct cell states. */
    static final int STATES = 3;

    private final int area;
    private final float[] planes;

    BoardCells(Game game) {
        ObservationShape shape = game.observationShape();
        if (shape.planes() < 2) {
            throw new IllegalArgumentException(game.spec() + " has fewer than two observation planes; it has no board to show");
        }
        this.area = shape.area();
        this.planes = new float[shape.size()];
    }

    int area() {
        return area;
    }

    /** Writes cell {@code c}'s state ({@link #EMPTY}, {@link #OWN}, {@link #OPPONENT}) to {@code cells[c]}. */
    void write(State state, int player, int[] cells) {
        state.writeObservation(player, planes, 0);
        for (int c = 0; c < area; c++) {
            cells[c] = planes[c] > 0.5f ? OWN : planes[area + c] > 0.5f ? OPPONENT : EMPTY;
        }
    }
}
