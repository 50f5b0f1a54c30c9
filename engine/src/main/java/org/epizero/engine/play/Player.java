package org.epizero.engine.play;

import org.epizero.engine.game.State;

/**
 * Anything that chooses moves: a search with a network, pure MCTS, a solver, a random mover, an
 * external engine, a person. A player instance plays one game at a time; the arena makes one per
 * game through a {@link PlayerFactory}.
 */
public interface Player {

    /** A short name for tables and logs, e.g. {@code random} or {@code mcts(1000)}. */
    String name();

    /** Chooses a legal action for the player to move in {@code state}; must not modify the state. */
    int selectAction(State state);
}
