package org.epizero.engine.nn;

import org.epizero.engine.game.State;

/**
 * One training example, everything from the view of the player to move in its position.
 *
 * @param observation the encoded observation ({@link State#writeObservation} for the mover)
 * @param legalMask 1 on legal actions, 0 elsewhere
 * @param policy target distribution over actions (search visit counts normalised), 0 on illegal actions
 * @param value target value in {@code [-1, 1]} for the player to move (the game's outcome or a solver value)
 */
public record TrainingSample(float[] observation, float[] legalMask, float[] policy, float value) {

    public TrainingSample {
        if (policy.length != legalMask.length) {
            throw new IllegalArgumentException("policy has " + policy.length + " entries, legal mask " + legalMask.length);
        }
        if (!(value >= -1f && value <= 1f)) {
            throw new IllegalArgumentException("target value must be in [-1, 1], got " + value);
        }
    }

    /** A sample for a non-terminal {@code state}, encoded from its player to move's view. */
    public static TrainingSample of(State state, float[] policy, float valueForMover) {
        StateEncoder encoder = new StateEncoder(state.game());
        float[] observation = new float[encoder.observationSize()];
        float[] mask = new float[encoder.numActions()];
        encoder.encode(state, 0, observation, mask);
        return new TrainingSample(observation, mask, policy.clone(), valueForMover);
    }
}
