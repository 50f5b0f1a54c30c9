package org.epizero.games.othello;

import java.util.List;
import org.epizero.engine.play.PlayerFactory;
import org.epizero.engine.services.GameServices;
import org.epizero.engine.services.ReferencePlayer;

/** What Othello offers beyond its rules: opponents that search the disc count, greedy and deeper. */
final class OthelloServices implements GameServices {

    static final OthelloServices INSTANCE = new OthelloServices();
    /** Depth 9 already takes seconds for some opening moves on 8x8 (the search has no move ordering). */
    static final int MAX_DEPTH = 8;

    private OthelloServices() {
    }

    @Override
    public List<ReferencePlayer> referencePlayers() {
        return List.of(
                ReferencePlayer.of("greedy", "the move that turns the most discs, ties at random", seed -> new DiscCountPlayer(1, seed)),
                new ReferencePlayer("minimax", "D", "alpha-beta search of D plies (1-" + MAX_DEPTH + ") on the disc count; exact on a finished game",
                        OthelloServices::minimax));
    }

    private static PlayerFactory minimax(String depthText) {
        int depth;
        try {
            depth = Integer.parseInt(depthText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("minimax:D takes a whole number of plies, got '" + depthText + "'");
        }
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("minimax:D takes 1 to " + MAX_DEPTH + " plies, got " + depth);
        }
        return seed -> new DiscCountPlayer(depth, seed);
    }
}
