package org.epizero.selfplay.rating;

/**
 * The result of one game for rating: the indices of the player who moved first and the one who
 * moved second, and the first player's score (1 win, 0.5 draw, 0 loss).
 */
public record Outcome(int first, int second, double firstScore) {

    public Outcome {
        if (first == second) {
            throw new IllegalArgumentException("a player cannot play itself: " + first);
        }
        if (firstScore < 0 || firstScore > 1) {
            throw new IllegalArgumentException("score must be in [0, 1], got " + firstScore);
        }
    }
}
