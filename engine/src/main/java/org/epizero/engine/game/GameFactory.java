package org.epizero.engine.game;

import java.util.List;

/**
 * Service interface through which a game module registers itself: one implementation per game,
 * listed in {@code META-INF/services/org.epizero.engine.game.GameFactory}. Nothing else in the
 * engine or the application has to change to add a game.
 */
public interface GameFactory {

    /** The name used in specs, e.g. {@code go}. */
    String name();

    /** One line describing the game. */
    String description();

    /** The parameters the spec may set, each with its default. */
    List<GameParameter> parameters();

    /**
     * Builds the game. The registry has already checked the spec: every declared parameter is
     * present, in range and in canonical form.
     */
    Game create(GameSpec resolvedSpec);
}
