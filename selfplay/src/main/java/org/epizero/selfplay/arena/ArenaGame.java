package org.epizero.selfplay.arena;

import java.util.List;

/**
 * One arena game as stored (one JSON line each): who played which colour, the moves in the game's
 * notation, and the first player's score (1 win, 0.5 draw, 0 loss).
 */
public record ArenaGame(String game, String firstPlayer, String secondPlayer, List<String> moves, double firstScore, long seed) {

    public ArenaGame {
        moves = List.copyOf(moves);
    }

    /** Score of the named player in this game. */
    public double scoreOf(String player) {
        if (player.equals(firstPlayer)) {
            return firstScore;
        }
        if (player.equals(secondPlayer)) {
            return 1 - firstScore;
        }
        throw new IllegalArgumentException(player + " did not play this game");
    }
}
