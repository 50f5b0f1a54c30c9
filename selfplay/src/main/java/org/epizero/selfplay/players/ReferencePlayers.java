package org.epizero.selfplay.players;

import org.epizero.engine.eval.RandomRolloutEvaluator;
import org.epizero.engine.game.Game;
import org.epizero.engine.play.OnePlyLookaheadPlayer;
import org.epizero.engine.play.PlayerFactory;
import org.epizero.engine.play.RandomPlayer;
import org.epizero.games.go.Go;

/**
 * The fixed opponents a run is measured against, by name: {@code random}, {@code one-ply}
 * (wins at once when it can, blocks, else random), {@code mcts:N} (pure MCTS with N random-rollout
 * simulations per move), {@code perfect} (where a solver exists) and {@code gnugo:L} (GNU Go at
 * level L, Go only; one process per game, closed by the arena when the game ends).
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
        if (n.startsWith("gnugo:")) {
            if (!(game instanceof Go go)) {
                throw new IllegalArgumentException("GNU Go plays Go only, not " + game.spec());
            }
            int level = parseLevel(n.substring(6), name);
            GnuGoPlayer.program();
            return seed -> GnuGoPlayer.start(go, level, seed);
        }
        throw new IllegalArgumentException("unknown player '" + name + "': use random, one-ply, mcts:N, perfect or gnugo:L");
    }

    private static int parseLevel(String text, String name) {
        try {
            int v = Integer.parseInt(text);
            if (v >= 0 && v <= 10) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + name + "': the GNU Go level must be an integer from 0 to 10");
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
