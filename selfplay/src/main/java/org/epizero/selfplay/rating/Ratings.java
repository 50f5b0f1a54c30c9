package org.epizero.selfplay.rating;

import java.util.List;

/**
 * Elo ratings with standard errors. The anchor player is fixed at 0 (its error is 0 by
 * definition); {@code firstMoveAdvantage} is the Elo bonus of moving first.
 */
public record Ratings(List<String> players, double[] elo, double[] stdError, double firstMoveAdvantage, double firstMoveStdError) {

    /** Rating of a player by name. */
    public double elo(String player) {
        return elo[indexOf(player)];
    }

    /** Standard error of a player's rating by name. */
    public double stdError(String player) {
        return stdError[indexOf(player)];
    }

    private int indexOf(String player) {
        int i = players.indexOf(player);
        if (i < 0) {
            throw new IllegalArgumentException("no rated player '" + player + "'");
        }
        return i;
    }
}
