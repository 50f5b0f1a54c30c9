package org.epizero.engine.services;

import org.epizero.engine.play.Player;

/** A measurement of a player against the game's own ground truth, e.g. the share of optimal moves on solved positions. */
public interface PlayerEvaluation {

    /** A short name, e.g. {@code optimality}. */
    String name();

    /** One line describing what is measured, for help texts. */
    String description();

    /** Measures {@code player}; {@code seed} picks any sampled positions. */
    EvaluationReport evaluate(Player player, long seed);
}
