package org.epizero.engine.services;

import org.epizero.engine.game.State;

/**
 * Published test positions in the file format a game's community uses (for connect four, Pascal
 * Pons' sets: a move string and its solved score per line), with every move of a position judged
 * by the game's exact solver. {@code epizero evaluate --positions} measures mistake rates on them.
 */
public interface TestPositions {

    /**
     * One parsed line.
     *
     * @param state         the position, with the game still running
     * @param recordedScore the score the file gives it, from the side to move, on the solver's scale
     */
    record Position(State state, int recordedScore) {
    }

    /**
     * The solver's verdict on a position.
     *
     * @param mistakes    per action: whether playing it worsens the solved outcome for the mover
     *                    (false for illegal actions)
     * @param solvedScore the position's score by the solver, on the same scale as the recorded one
     */
    record Judgement(boolean[] mistakes, int solvedScore) {
    }

    /** How a line is written and what counts as a mistake, for help texts. */
    String description();

    /**
     * Reads one line.
     *
     * @throws IllegalArgumentException naming what is wrong, if the line is no test position
     */
    Position parse(String line);

    /** Solves every move of {@code position}. One caller at a time: a solver keeps its table between calls. */
    Judgement judge(Position position);
}
