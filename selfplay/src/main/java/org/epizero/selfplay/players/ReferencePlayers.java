package org.epizero.selfplay.players;

import org.epizero.engine.eval.RandomRolloutEvaluator;
import org.epizero.engine.game.Game;
import org.epizero.engine.play.OnePlyLookaheadPlayer;
import org.epizero.engine.play.PlayerFactory;
import org.epizero.engine.play.RandomPlayer;

/**
 * The fixed opponents a run is measured against, by name: {@code random}, {@code one-ply}
 * (wins at once when it can, blocks, else random), {@code mcts:N} (pure MCTS with N random-rollout
 * simulations per move) and {@code perfect} (where a solver exists).
 */
public final class ReferencePlayers {

    private ReferencePlayers() {
    }

    /** The named player for {@code game}. */
    public static PlayerFactory of(String name, Game game) {
        String n = name.strip().toLowerCase();
        if (n.equals("random")) {
            return RandomPlayer::new;
        }
        if (n.equals("one-ply")) {
            return OnePlyLookaheadPlayer::new;
        }
        if (n.startsWith("mcts:")) {
            int simulations = parsePositive(n.substring(5), name);
            return seed -> new SearchPlayer(n, new RandomRolloutEvaluator(1, seed), simulations, seed);
        }
        if (n.equals("perfect")) {
            if (!game.spec().name().equals("tictactoe")) {
                throw new IllegalArgumentException("no perfect player for " + game.spec() + " (tic-tac-toe only)");
            }
            return PerfectPlayer::new;
        }
        throw new IllegalArgumentException("unknown player '" + name + "': use random, one-ply, mcts:N or perfect");
    }

    private static int parsePositive(String text, String name) {
        try {
            int v = Integer.parseInt(text);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + name + "': the simulation count must be a positive integer");
    }
}
