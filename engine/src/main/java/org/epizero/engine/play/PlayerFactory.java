package org.epizero.engine.play;

/** Makes a fresh {@link Player} for each game, seeded so that a whole match can be replayed. */
@FunctionalInterface
public interface PlayerFactory {

    /** A new player for one game; {@code seed} drives whatever randomness the player uses. */
    Player create(long seed);
}
