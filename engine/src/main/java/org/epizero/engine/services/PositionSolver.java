package org.epizero.engine.services;

/** An exact solver: positions written as one line of text in, the game-theoretic score of every move out. */
public interface PositionSolver {

    /** How a position is written and what the scores mean, for help texts. */
    String description();

    /**
     * The score of every action in the position {@code text} describes, from the side to move.
     *
     * @throws IllegalArgumentException if the text is no position, or one where the game is over
     */
    int[] scoreMoves(String text);
}
