package org.epizero.engine.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.eval.RandomRolloutEvaluator;
import org.epizero.engine.game.Game;

/**
 * Search throughput: self-play games played move after move (finished games restart), timed after
 * a warm-up, counting completed simulations and evaluator batches.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    /**
     * One measurement.
     *
     * @param games games searched in lockstep
     * @param simulations simulations completed in the timed part
     * @param seconds length of the timed part
     * @param evaluatorCalls evaluator calls in the timed part
     * @param evaluatedStates states evaluated in the timed part
     */
    public record Throughput(int games, long simulations, double seconds, long evaluatorCalls, long evaluatedStates) {

        public double simulationsPerSecond() {
            return simulations / seconds;
        }

        /** Evaluated leaves per second (simulations that ended in a finished game need none). */
        public double evaluationsPerSecond() {
            return evaluatedStates / seconds;
        }

        /** States per evaluator call. */
        public double meanBatchSize() {
            return evaluatorCalls == 0 ? 0 : (double) evaluatedStates / evaluatorCalls;
        }

        @Override
        public String toString() {
            return String.format(
                    "%d game(s): %.0f simulations/s (%d in %.2f s), %.0f evaluated leaves/s, %d evaluator calls, mean batch %.1f",
                    games, simulationsPerSecond(), simulations, seconds, evaluationsPerSecond(), evaluatorCalls,
                    meanBatchSize());
        }
    }

    /**
     * Pure Monte Carlo tree search on one game: one uniformly random rollout per leaf,
     * {@code simulations} per move, strongest-play settings otherwise.
     */
    public static Throughput rollouts(Game game, int simulations, Duration warmUp, Duration measured, long seed) {
        Evaluator rollout = new RandomRolloutEvaluator(1, seed);
        return lockstep(game, rollout, SearchConfig.forPlay(simulations), 1, warmUp, measured, seed);
    }

    /**
     * {@code games} self-play games searched in lockstep against {@code evaluator}, so each round
     * sends one batch of up to {@code games * config.leavesPerRound()} leaves. Moves are chosen
     * under the config's temperature.
     */
    public static Throughput lockstep(Game game, Evaluator evaluator, SearchConfig config, int games,
            Duration warmUp, Duration measured, long seed) {
        UniformRandomProvider seeds = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Mcts> searches = new ArrayList<>(games);
        for (int g = 0; g < games; g++) {
            searches.add(new Mcts(game.newInitialState(), config, seeds.nextLong()));
        }
        LockstepSearch driver = new LockstepSearch(evaluator);
        playFor(driver, searches, warmUp, game, config, seeds);
        LockstepSearch.BatchStats before = driver.stats();
        long start = System.nanoTime();
        long simulations = playFor(driver, searches, measured, game, config, seeds);
        double seconds = (System.nanoTime() - start) / 1e9;
        LockstepSearch.BatchStats after = driver.stats();
        return new Throughput(games, simulations, seconds, after.evaluatorCalls() - before.evaluatorCalls(),
                after.evaluatedStates() - before.evaluatedStates());
    }

    /** Plays one move in every game per lockstep search until {@code duration} has passed; returns simulations. */
    private static long playFor(LockstepSearch driver, List<Mcts> searches, Duration duration, Game game,
            SearchConfig config, UniformRandomProvider seeds) {
        long end = System.nanoTime() + duration.toNanos();
        long simulations = 0;
        do {
            List<SearchResult> results = driver.search(searches);
            for (int g = 0; g < searches.size(); g++) {
                SearchResult r = results.get(g);
                simulations += r.simulations();
                Mcts m = searches.get(g);
                m.advance(r.action());
                if (m.rootState().isTerminal()) {
                    searches.set(g, new Mcts(game.newInitialState(), config, seeds.nextLong()));
                }
            }
        } while (System.nanoTime() < end);
        return simulations;
    }
}
