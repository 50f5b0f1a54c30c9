package org.epizero.selfplay.config;

/**
 * Resignation in self-play (AlphaZero's): a player resigns when neither the search's value of the
 * position nor that of its best move reaches {@code threshold}, from that player's view. A share
 * of the games is played out regardless, and the games in which a resignation was declined show
 * how often resigning would have given up a game that was not lost.
 *
 * @param threshold resign below this value, in [-1, 1]; -1 turns resignation off, since no value
 *     is below it
 * @param playedOutShare the share of games, drawn per game from its seed, never resigned
 */
public record ResignSettings(double threshold, double playedOutShare) {

    /** No resignation. */
    public static final ResignSettings OFF = new ResignSettings(-1, 0.1);

    public ResignSettings {
        if (!(threshold >= -1 && threshold <= 1)) {
            throw new IllegalArgumentException("resign.threshold must be in [-1, 1], got " + threshold);
        }
        if (!(playedOutShare >= 0 && playedOutShare <= 1)) {
            throw new IllegalArgumentException("resign.playedOutShare must be in [0, 1], got " + playedOutShare);
        }
    }

    /** Whether any game may resign. */
    public boolean enabled() {
        return threshold > -1 && playedOutShare < 1;
    }

    /** Whether a position worth {@code rootValue}, with {@code bestMoveValue} for its best move, is given up. */
    public boolean resigns(double rootValue, double bestMoveValue) {
        return Math.max(rootValue, bestMoveValue) < threshold;
    }
}
