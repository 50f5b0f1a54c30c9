package org.epizero.selfplay.loop;

import org.epizero.engine.game.Game;
import org.epizero.engine.nn.InferenceConfig;
import org.epizero.engine.nn.NativeThreads;
import org.epizero.selfplay.config.RunConfig;

/**
 * How a run's self-play is put together, in one place for the training loop and for the cluster
 * tasks that play its groups elsewhere: both must make the same games from the same config.
 */
public final class SelfPlaySetup {

    private SelfPlaySetup() {
    }

    /** The run's self-play player; each group keeps the default number of cached evaluations. */
    public static SelfPlayGames games(RunConfig config, Game game) {
        return new SelfPlayGames(game, config.search().toSearchConfig(), config.selfPlay(), InferenceConfig.DEFAULT.cacheCapacity());
    }

    /**
     * Sets the run's PyTorch threads ({@code torchThreads}, when not 0) on the calling thread and as
     * the default of threads that start later (the inference service's), before any network exists.
     */
    public static void useThreads(RunConfig config) {
        if (config.torchThreads() > 0) {
            NativeThreads.setIntraOpThreads(config.torchThreads());
        }
    }

    /**
     * The inference service settings for self-play: one forward pass per lockstep round of a group,
     * and no shared cache, since each group brings its own and must not see what others asked.
     */
    public static InferenceConfig inference(RunConfig config) {
        return InferenceConfig.DEFAULT
                .withMaxBatchSize(Math.max(1, config.selfPlay().concurrentGames() * config.search().leavesPerRound()))
                .withCacheCapacity(0);
    }
}
