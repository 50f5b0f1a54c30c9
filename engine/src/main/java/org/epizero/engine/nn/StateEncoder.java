package org.epizero.engine.nn;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * Writes states as network input: the observation from the view of the player to move, and a
 * legal-action mask (1 legal, 0 illegal). One encoder per thread: it keeps a scratch list.
 */
public final class StateEncoder {

    private final int observationSize;
    private final int numActions;
    private final IntArrayList legal = new IntArrayList();

    public StateEncoder(Game game) {
        this.observationSize = game.observationShape().size();
        this.numActions = game.numDistinctActions();
    }

    /** Floats per observation. */
    public int observationSize() {
        return observationSize;
    }

    /** Floats per legal mask (the number of distinct actions). */
    public int numActions() {
        return numActions;
    }

    /**
     * Encodes {@code state} into row {@code row} of the two batch buffers.
     *
     * @throws IllegalArgumentException if the state is terminal (it has no player to move)
     */
    public void encode(State state, int row, float[] observations, float[] legalMasks) {
        if (state.isTerminal()) {
            throw new IllegalArgumentException("cannot evaluate a terminal state:\n" + state.render());
        }
        state.writeObservation(state.currentPlayer(), observations, row * observationSize);
        writeLegalMask(state, legalMasks, row * numActions);
    }

    /** Writes 1 at every legal action and 0 elsewhere, starting at {@code out[offset]}. */
    public void writeLegalMask(State state, float[] out, int offset) {
        Arrays.fill(out, offset, offset + numActions, 0f);
        state.legalActions(legal);
        for (int i = 0; i < legal.size(); i++) {
            out[offset + legal.getInt(i)] = 1f;
        }
    }
}
