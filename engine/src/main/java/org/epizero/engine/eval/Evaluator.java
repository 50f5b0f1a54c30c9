package org.epizero.engine.eval;

import java.util.List;
import org.epizero.engine.game.State;

/**
 * Estimates priors and values for a batch of positions: the only thing search needs from a
 * model. Random rollouts, uniform priors, exact oracles and the neural network all sit behind it.
 */
public interface Evaluator {

    /**
     * Evaluates non-terminal states, one result per state in the same order. Priors cover
     * {@code numDistinctActions()} actions, are zero on illegal actions and sum to one; each value
     * is in {@code [-1, 1]} from the view of that state's player to move.
     */
    List<Evaluation> evaluate(List<? extends State> states);
}
