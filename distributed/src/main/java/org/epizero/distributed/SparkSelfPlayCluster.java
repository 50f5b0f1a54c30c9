package org.epizero.distributed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.nn.NativeThreads;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.RecordJson;
import org.epizero.selfplay.config.ConfigTree;
import org.epizero.selfplay.config.RunConfig;
import org.epizero.selfplay.loop.SelfPlayCluster;
import org.epizero.selfplay.loop.SelfPlayGames;
import org.epizero.selfplay.loop.SelfPlaySetup;

/**
 * Self-play on Spark: each generation is one job whose tasks are the generation's groups
 * ({@code selfPlay.gamesPerGroup} games each); the network's parameters travel as a broadcast.
 * Records come back to the driver keyed by game index, which checks that every game arrived
 * exactly once, so a retried task or a lost executor can neither lose nor double a game.
 */
final class SparkSelfPlayCluster implements SelfPlayCluster {

    private static final long PROGRESS_POLL_MILLIS = 200;

    private final JavaSparkContext context;

    SparkSelfPlayCluster(JavaSparkContext context) {
        this.context = context;
    }

    @Override
    public SelfPlayGames.Outcome play(RunConfig config, byte[] parameters, int games, long seed, long step, IntConsumer onGameFinished) {
        SelfPlayGames selfPlay = SelfPlaySetup.games(config, GameRegistry.load().create(config.game()));
        List<SelfPlayGames.Group> groups = selfPlay.groups(games);
        Broadcast<byte[]> network = context.broadcast(parameters);
        PlayGroups.Counters counters = new PlayGroups.Counters(context.sc().longAccumulator("games"),
                context.sc().longAccumulator("simulations"), context.sc().longAccumulator("evaluations"),
                context.sc().longAccumulator("cache hits"), context.sc().longAccumulator("evaluator calls"),
                context.sc().longAccumulator("evaluated states"));
        try {
            String configJson = ConfigTree.fromValue(config).toPrettyJson();
            JavaFutureAction<List<String>> job = context.parallelize(groups, groups.size())
                    .mapPartitions(new PlayGroups(configJson, network, seed, step, counters, torchThreads()))
                    .collectAsync();
            List<String> lines = await(job, counters, onGameFinished);
            return new SelfPlayGames.Outcome(inGameOrder(lines, games), counters.simulations().value(),
                    counters.evaluations().value(), counters.cacheHits().value(), counters.evaluatorCalls().value(),
                    counters.evaluatedStates().value());
        } finally {
            network.destroy();
        }
    }

    /** PyTorch threads per task: {@value SparkContexts#TORCH_THREADS}, by default the driver's own count. */
    private int torchThreads() {
        return context.getConf().getInt(SparkContexts.TORCH_THREADS, Math.max(1, NativeThreads.intraOpThreads()));
    }

    private static List<String> await(JavaFutureAction<List<String>> job, PlayGroups.Counters counters, IntConsumer onGameFinished) {
        long reported = 0;
        while (true) {
            try {
                List<String> lines = job.get(PROGRESS_POLL_MILLIS, TimeUnit.MILLISECONDS);
                onGameFinished.accept(lines.size());
                return lines;
            } catch (TimeoutException e) {
                long done = counters.games().value();
                if (done > reported) {
                    reported = done;
                    onGameFinished.accept((int) done);
                }
            } catch (InterruptedException e) {
                job.cancel(true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the cluster played self-play games", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the Spark self-play job failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    /** The records by game index, each of {@code 0 .. games - 1} exactly once. */
    static List<GameRecord> inGameOrder(List<String> lines, int games) {
        GameRecord[] byIndex = new GameRecord[games];
        for (String line : lines) {
            GameRecord r = RecordJson.fromLine(line);
            if (r.index() < 0 || r.index() >= games) {
                throw new IllegalStateException("the cluster returned game " + r.index() + " of a generation of " + games);
            }
            int index = (int) r.index();
            if (byIndex[index] != null) {
                throw new IllegalStateException("the cluster returned game " + index + " twice");
            }
            byIndex[index] = r;
        }
        List<GameRecord> records = new ArrayList<>(games);
        for (int i = 0; i < games; i++) {
            if (byIndex[i] == null) {
                throw new IllegalStateException("the cluster lost game " + i + " of " + games);
            }
            records.add(byIndex[i]);
        }
        return records;
    }

    @Override
    public void close() {
        context.close();
    }
}
