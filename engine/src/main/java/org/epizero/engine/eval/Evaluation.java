package org.epizero.engine.eval;

/**
 * The evaluation of one position: a prior over all actions (zero on illegal ones) and a value in
 * {@code [-1, 1]} from the view of the player to move in that position.
 */
public record Evaluation(float[] priors, float value) {
}
