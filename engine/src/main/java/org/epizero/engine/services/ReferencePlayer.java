package org.epizero.engine.services;

import java.util.function.Function;
import org.epizero.engine.play.PlayerFactory;

/**
 * A named fixed opponent, written {@code name} or {@code name:ARGUMENT} (e.g. {@code perfect},
 * {@code gnugo:5}).
 *
 * @param name        the name before any argument
 * @param argument    what the argument stands for in {@link #usage()}, e.g. {@code L}; null when it takes none
 * @param description one line for help texts
 * @param factory     builds the players from the argument (null when it takes none); it checks the
 *                    argument and the player's prerequisites, so that a bad name fails before any game
 */
public record ReferencePlayer(String name, String argument, String description, Function<String, PlayerFactory> factory) {

    /** A reference player that takes no argument. */
    public static ReferencePlayer of(String name, String description, PlayerFactory factory) {
        return new ReferencePlayer(name, null, description, ignored -> factory);
    }

    /** How it is written: {@code name} or {@code name:ARGUMENT}. */
    public String usage() {
        return argument == null ? name : name + ":" + argument;
    }

    /**
     * The players for {@code given}, the text after the colon (null when there was none).
     *
     * @throws IllegalArgumentException if the argument is missing, superfluous or invalid
     */
    public PlayerFactory create(String given) {
        if ((argument == null) != (given == null)) {
            throw new IllegalArgumentException("'" + (given == null ? name : name + ":" + given) + "': write it as " + usage());
        }
        return factory.apply(given);
    }
}
