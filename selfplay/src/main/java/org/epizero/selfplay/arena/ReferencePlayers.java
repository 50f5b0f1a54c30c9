package org.epizero.selfplay.arena;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.epizero.engine.eval.RandomRolloutEvaluator;
import org.epizero.engine.game.Game;
import org.epizero.engine.play.OnePlyLookaheadPlayer;
import org.epizero.engine.play.PlayerFactory;
import org.epizero.engine.play.RandomPlayer;
import org.epizero.engine.play.SearchPlayer;
import org.epizero.engine.services.ReferencePlayer;

/**
 * The fixed opponents a run is measured against, by name: {@code random}, {@code one-ply}
 * (wins at once when it can, blocks, else random) and {@code mcts:N} (pure MCTS with N
 * random-rollout simulations per move) for every game, and those the game declares in its
 * {@link org.epizero.engine.services.GameServices#referencePlayers() services}.
 */
public final class ReferencePlayers {

    /** The opponents every game has. */
    public static final List<ReferencePlayer> BUILT_IN = List.of(
            ReferencePlayer.of("random", "a uniformly random legal move", RandomPlayer::new),
            ReferencePlayer.of("one-ply", "wins at once when it can, blocks, else random", OnePlyLookaheadPlayer::new),
            new ReferencePlayer("mcts", "N", "pure MCTS with N random-rollout simulations per move", ReferencePlayers::mcts));

    private ReferencePlayers() {
    }

    /** Every opponent for {@code game}: the built-in ones, then the game's own. */
    public static List<ReferencePlayer> of(Game game) {
        List<ReferencePlayer> all = new ArrayList<>(BUILT_IN);
        all.addAll(game.services().referencePlayers());
        return all;
    }

    /**
     * The named player for {@code game}, e.g. {@code mcts:200}.
     *
     * @throws IllegalArgumentException if the game has no such player or its argument is bad
     */
    public static PlayerFactory of(String name, Game game) {
        String n = name.strip().toLowerCase();
        int colon = n.indexOf(':');
        String base = colon < 0 ? n : n.substring(0, colon);
        List<ReferencePlayer> known = of(game);
        for (ReferencePlayer p : known) {
            if (p.name().equals(base)) {
                return p.create(colon < 0 ? null : n.substring(colon + 1));
            }
        }
        throw new IllegalArgumentException("unknown player '" + name + "' for " + game.spec() + ": use "
                + known.stream().map(ReferencePlayer::usage).collect(Collectors.joining(", ")));
    }

    private static PlayerFactory mcts(String argument) {
        int simulations = parsePositive(argument);
        String name = "mcts:" + argument;
        return seed -> new SearchPlayer(name, new RandomRolloutEvaluator(1, seed), simulations, seed);
    }

    private static int parsePositive(String text) {
        try {
            int v = Integer.parseInt(text);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'mcts:" + text + "': the simulation count must be a positive integer");
    }
}
