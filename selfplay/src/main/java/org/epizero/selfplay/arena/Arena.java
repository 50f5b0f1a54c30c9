package org.epizero.selfplay.arena;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.play.Player;
import org.epizero.engine.play.PlayerFactory;
import org.epizero.engine.random.Seeds;

/**
 * Plays a match between two players: colours alternate game by game, and games run concurrently
 * on a small pool (a network player's leaf evaluations then batch across games).
 */
public final class Arena {

    /** A named contestant. */
    public record Contestant(String name, PlayerFactory factory) {
    }

    private final Game game;
    private final int threads;

    public Arena(Game game, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        this.game = game;
        this.threads = threads;
    }

    /**
     * Plays {@code games} games; {@code a} moves first in even-numbered games. {@code onGame} hears
     * the count of finished games.
     */
    public List<ArenaGame> match(Contestant a, Contestant b, int games, long seed, IntConsumer onGame) {
        if (a.name().equals(b.name())) {
            throw new IllegalArgumentException("contestants need different names, both are '" + a.name() + "'");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "arena");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ArenaGame>> futures = new ArrayList<>();
            int[] finished = {0};
            for (int g = 0; g < games; g++) {
                boolean aFirst = g % 2 == 0;
                long gameSeed = Seeds.derive(seed, g);
                futures.add(pool.submit(() -> {
                    ArenaGame result = aFirst ? play(a, b, gameSeed) : play(b, a, gameSeed);
                    synchronized (finished) {
                        onGame.accept(++finished[0]);
                    }
                    return result;
                }));
            }
            List<ArenaGame> results = new ArrayList<>();
            for (Future<ArenaGame> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("match interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an arena game failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One game between fresh players; seeds differ per side so two copies of a player do not mirror
     * each other. Players that hold resources (an external engine's process) are closed when the
     * game ends, however it ends.
     */
    public ArenaGame play(Contestant first, Contestant second, long seed) {
        Player[] players = new Player[2];
        try {
            players[0] = first.factory().create(Seeds.derive(seed, 0));
            players[1] = second.factory().create(Seeds.derive(seed, 1));
            State state = game.newInitialState();
            List<String> moves = new ArrayList<>();
            while (!state.isTerminal()) {
                Player mover = players[state.currentPlayer()];
                int action = mover.selectAction(state);
                if (!state.isLegal(action)) {
                    throw new IllegalStateException(mover.name() + " chose an illegal move " + game.formatAction(action));
                }
                moves.add(game.formatAction(action));
                state.apply(action);
            }
            double firstScore = (state.returns(0) + 1) / 2;
            return new ArenaGame(game.spec().toString(), first.name(), second.name(), moves, firstScore, seed);
        } finally {
            close(players);
        }
    }

    private static void close(Player[] players) {
        RuntimeException failure = null;
        for (Player p : players) {
            if (p instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new IllegalStateException("cannot close player " + p.name() + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
