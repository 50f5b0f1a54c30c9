package org.epizero.distributed;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.nn.NativeThreads;
import org.epizero.engine.nn.PolicyValueNetwork;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.RecordJson;
import org.epizero.selfplay.config.ConfigTree;
import org.epizero.selfplay.config.RunConfig;
import org.epizero.selfplay.loop.SelfPlayGames;
import org.epizero.selfplay.loop.SelfPlaySetup;

/**
 * One Spark task: plays its groups of self-play games through an inference service of its own,
 * with the broadcast network, and returns each game as one JSON line. The counters are Spark
 * accumulators, which count a retried task's work once.
 */
final class PlayGroups implements FlatMapFunction<Iterator<SelfPlayGames.Group>, String> {

    private static final long serialVersionUID = 1L;

    /** What the driver learns from the tasks besides the records. */
    record Counters(LongAccumulator games, LongAccumulator simulations, LongAccumulator evaluations, LongAccumulator cacheHits,
            LongAccumulator evaluatorCalls, LongAccumulator evaluatedStates) implements Serializable {
    }

    private final String configJson;
    private final Broadcast<byte[]> parameters;
    private final long seed;
    private final long step;
    private final Counters counters;
    private final int torchThreads;

    PlayGroups(String configJson, Broadcast<byte[]> parameters, long seed, long step, Counters counters, int torchThreads) {
        this.torchThreads = torchThreads;
        this.configJson = configJson;
        this.parameters = parameters;
        this.seed = seed;
        this.step = step;
        this.counters = counters;
    }

    @Override
    public Iterator<String> call(Iterator<SelfPlayGames.Group> groups) {
        // The driver's thread count everywhere: network outputs differ in the last bits between counts.
        NativeThreads.setIntraOpThreads(torchThreads);
        RunConfig config = ConfigTree.fromJson(configJson).bind(RunConfig.class);
        Game game = GameRegistry.load().create(config.game());
        SelfPlayGames selfPlay = SelfPlaySetup.games(config, game);
        PolicyValueNetwork network = PolicyValueNetwork.create(game, config.network());
        network.loadParameters(parameters.value());
        List<String> lines = new ArrayList<>();
        try (InferenceService service = new InferenceService(network, SelfPlaySetup.inference(config))) {
            while (groups.hasNext()) {
                SelfPlayGames.Group group = groups.next();
                SelfPlayGames.Outcome outcome = selfPlay.playGroup(service, group, seed, step, n -> { });
                for (GameRecord r : outcome.records()) {
                    lines.add(RecordJson.toLine(r));
                }
                counters.games().add(group.count());
                counters.simulations().add(outcome.simulations());
                counters.evaluations().add(outcome.evaluations());
                counters.cacheHits().add(outcome.cacheHits());
                counters.evaluatorCalls().add(outcome.evaluatorCalls());
                counters.evaluatedStates().add(outcome.evaluatedStates());
            }
        }
        return lines.iterator();
    }
}
