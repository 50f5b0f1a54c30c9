package org.epizero.selfplay.loop;

import java.util.function.IntConsumer;
import org.epizero.selfplay.config.RunConfig;

/**
 * Plays a generation's self-play groups somewhere other than this process (the distributed
 * module's Spark cluster). The records must be those that {@link SelfPlayGames#play} gives here
 * for the same network, seed and settings: every game exactly once, in game order.
 */
public interface SelfPlayCluster extends AutoCloseable {

    /**
     * Plays {@code games} games of {@code config}'s game with the network whose parameters are
     * {@code parameters}; {@code step} is the generator's training step, stored in each record.
     */
    SelfPlayGames.Outcome play(RunConfig config, byte[] parameters, int games, long seed, long step, IntConsumer onGameFinished);

    @Override
    void close();
}
