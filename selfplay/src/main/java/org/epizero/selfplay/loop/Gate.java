package org.epizero.selfplay.loop;

import java.util.List;
import java.util.function.IntConsumer;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.Game;
import org.epizero.engine.nn.CachingEvaluator;
import org.epizero.engine.nn.InferenceConfig;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.nn.NetworkConfig;
import org.epizero.engine.nn.PolicyValueNetwork;
import org.epizero.engine.play.SearchPlayer;
import org.epizero.selfplay.arena.Arena;
import org.epizero.selfplay.arena.ArenaGame;
import org.epizero.selfplay.config.GatingSettings;

/**
 * The promotion match of a gated run: the freshly trained candidate against the network that
 * plays self-play now, both searching with the same budget, colours alternated. Holds the
 * candidate's own network and inference service for the run's whole life.
 */
final class Gate implements AutoCloseable {

    private static final String CANDIDATE = "candidate";
    private static final String INCUMBENT = "incumbent";
    /** Games in flight at once: their leaf evaluations batch inside each network's service. */
    private static final int MAX_THREADS = 16;

    private final Game game;
    private final GatingSettings settings;
    private final InferenceService candidate;

    Gate(Game game, GatingSettings settings, NetworkConfig network) {
        this.game = game;
        this.settings = settings;
        this.candidate = new InferenceService(PolicyValueNetwork.create(game, network),
                InferenceConfig.DEFAULT.withMaxBatchSize(settings.games()));
    }

    /**
     * The score in [0, 1] (wins plus half the draws, over the games played) of a candidate with
     * {@code parameters} against {@code incumbent}.
     */
    double candidateScore(byte[] parameters, InferenceService incumbent, long seed, IntConsumer onGame) {
        candidate.loadParameters(parameters).join();
        int simulations = settings.simulations();
        // The self-play service caches nothing (its groups bring their own caches); the match's does.
        Evaluator incumbentCached = new CachingEvaluator(incumbent, InferenceConfig.DEFAULT.cacheCapacity());
        Arena arena = new Arena(game, Math.min(MAX_THREADS, settings.games()));
        List<ArenaGame> games = arena.match(
                new Arena.Contestant(CANDIDATE, s -> new SearchPlayer(CANDIDATE, candidate, simulations, s)),
                new Arena.Contestant(INCUMBENT, s -> new SearchPlayer(INCUMBENT, incumbentCached, simulations, s)),
                settings.games(), seed, onGame);
        return scoreOf(CANDIDATE, games);
    }

    /** Mean score of {@code player} over {@code games}; a draw counts half. */
    static double scoreOf(String player, List<ArenaGame> games) {
        return games.stream().mapToDouble(g -> g.scoreOf(player)).sum() / games.size();
    }

    /** Whether {@code score} is enough to replace the incumbent. */
    boolean promotes(double score) {
        return score >= settings.threshold();
    }

    @Override
    public void close() {
        candidate.close();
    }
}
