package org.epizero.selfplay.config;

/**
 * How self-play games are generated in each generation.
 *
 * @param gamesPerGeneration games played per generation
 * @param concurrentGames games searched in lockstep; their leaves form one evaluation batch, so
 *     this is the batch size the network sees (times the search's leaves per round)
 * @param temperatureMoves the first this many moves of each game are sampled in proportion to the
 *     visit counts (exploration, distinct games); later moves take the most visited action
 */
public record SelfPlaySettings(int gamesPerGeneration, int concurrentGames, int temperatureMoves) {

    public SelfPlaySettings {
        if (gamesPerGeneration < 1 || concurrentGames < 1 || temperatureMoves < 0) {
            throw new IllegalArgumentException("need gamesPerGeneration >= 1, concurrentGames >= 1, temperatureMoves >= 0");
        }
    }
}
