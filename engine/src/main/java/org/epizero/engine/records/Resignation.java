package org.epizero.engine.records;

/**
 * A resignation in a self-play game: the search's value of a position fell below the run's
 * threshold for the player to move there.
 *
 * @param player the player whose value fell below the threshold
 * @param move the number of moves played before that position (the record's move count when the
 *     player resigned)
 * @param playedOut whether the game was played out anyway (the share of games kept to measure how
 *     often resigning would have given up a game that was not lost) instead of ending there
 */
public record Resignation(int player, int move, boolean playedOut) {

    public Resignation {
        if (player < 0 || move < 0) {
            throw new IllegalArgumentException("a resignation needs a player and a move number, got " + player + " and " + move);
        }
    }
}
