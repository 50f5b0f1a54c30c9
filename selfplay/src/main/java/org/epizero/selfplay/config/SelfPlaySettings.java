package org.epizero.selfplay.config;

/**
 * How self-play games are generated in each generation.
 *
 * @param gamesPerGeneration games played per generation
 * @param gamesPerGroup games of one lockstep group, the unit of self-play work: a group's games
 *     are numbered consecutively, share one evaluation cache and nothing else, so a generation's
 *     games are the same whether its groups run one after another, side by side or on a cluster
 * @param concurrentGames games of a group searched in lockstep (a finished game's place goes to the
 *     group's next one); their leaves form one evaluation batch, so this is the batch size the
 *     network sees (times the search's leaves per round)
 * @param temperatureMoves the first this many moves of each game are sampled in proportion to the
 *     visit counts (exploration, distinct games); later moves take the most visited action
 * @param valueTargetSearchWeight the value target of a position is {@code (1 - w) z + w q}, with
 *     {@code z} the game's outcome and {@code q} the search's root value there, both from the
 *     mover's view. 0 is AlphaZero's pure outcome; a positive weight removes part of the noise that
 *     temperature-sampled later moves put into {@code z}
 * @param resign when a player gives up a game ({@link ResignSettings#OFF} when absent, as in
 *     configs saved before it existed)
 * @param playoutCap which moves get a full search and become training samples
 *     ({@link PlayoutCapSettings#OFF} when absent, as in configs saved before it existed)
 */
public record SelfPlaySettings(int gamesPerGeneration, int gamesPerGroup, int concurrentGames, int temperatureMoves, double valueTargetSearchWeight,
        ResignSettings resign, PlayoutCapSettings playoutCap) {

    public SelfPlaySettings {
        if (resign == null) {
            resign = ResignSettings.OFF;
        }
        if (playoutCap == null) {
            playoutCap = PlayoutCapSettings.OFF;
        }
        if (gamesPerGeneration < 1 || gamesPerGroup < 1 || concurrentGames < 1 || temperatureMoves < 0) {
            throw new IllegalArgumentException("need gamesPerGeneration >= 1, gamesPerGroup >= 1, concurrentGames >= 1, temperatureMoves >= 0");
        }
        if (!(valueTargetSearchWeight >= 0 && valueTargetSearchWeight <= 1)) {
            throw new IllegalArgumentException("valueTargetSearchWeight must be in [0, 1], got " + valueTargetSearchWeight);
        }
    }

    /** These settings with another resignation rule. */
    public SelfPlaySettings withResign(ResignSettings value) {
        return new SelfPlaySettings(gamesPerGeneration, gamesPerGroup, concurrentGames, temperatureMoves, valueTargetSearchWeight, value, playoutCap);
    }

    /** These settings with another playout cap. */
    public SelfPlaySettings withPlayoutCap(PlayoutCapSettings value) {
        return new SelfPlaySettings(gamesPerGeneration, gamesPerGroup, concurrentGames, temperatureMoves, valueTargetSearchWeight, resign, value);
    }
}
