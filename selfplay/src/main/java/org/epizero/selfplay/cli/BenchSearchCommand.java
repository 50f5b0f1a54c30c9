package org.epizero.selfplay.cli;

import ai.djl.engine.Engine;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.nn.ForwardBenchmark;
import org.epizero.engine.nn.InferenceConfig;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.nn.NativeThreads;
import org.epizero.engine.nn.NetworkConfig;
import org.epizero.engine.nn.PolicyValueNetwork;
import org.epizero.engine.search.SearchBenchmark;
import org.epizero.engine.search.SearchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Search throughput against its limit: the raw batched forward throughput of the same network.
 * The ratio of the two (at the batch size search actually reaches) is the share of time not lost
 * to search and batching overhead.
 */
@Command(name = "search", description = {"Raw batched forward throughput of a network, MCTS throughput with many games"
            + " searched in lockstep through the inference service (cache off), their ratio, and pure-MCTS rollout speed."})
final class BenchSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--game", required = true, description = "game spec (see 'epizero games')")
    String game;

    @Option(names = "--blocks", defaultValue = "4", description = "residual blocks (default ${DEFAULT-VALUE})")
    int blocks;

    @Option(names = "--channels", defaultValue = "64", description = "channels (default ${DEFAULT-VALUE})")
    int channels;

    @Option(names = "--games", defaultValue = "64", description = "games searched in lockstep (default ${DEFAULT-VALUE})")
    int games;

    @Option(names = "--simulations", defaultValue = "100", description = "simulations per move (default ${DEFAULT-VALUE})")
    int simulations;

    @Option(names = "--seconds", defaultValue = "5", description = "measured seconds per figure (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--threads", description = "PyTorch intra-op threads (default: PyTorch's, one per core)")
    Integer threads;

    @Override
    public Integer call() {
        if (games < 1 || simulations < 1 || seconds <= 0 || blocks < 0 || channels < 1) {
            throw new IllegalArgumentException("--games, --simulations, --channels must be >= 1, --blocks >= 0, --seconds > 0");
        }
        Game g = GameRegistry.load().create(game);
        NetworkConfig net = NetworkConfig.of(blocks, channels);
        if (threads != null) {
            NativeThreads.setIntraOpThreads(threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        Duration measured = Duration.ofMillis((long) (seconds * 1000));
        Duration warmUp = Duration.ofMillis(Math.max(500, measured.toMillis() / 4));
        Engine.getInstance().setRandomSeed(1);
        PolicyValueNetwork network = PolicyValueNetwork.create(g, net);
        out.printf("%s, net %d blocks x %d channels (%,d parameters), PyTorch intra-op threads %d, %d cores%n", g.spec(), blocks,
                channels, network.parameterCount(), NativeThreads.intraOpThreads(), Runtime.getRuntime().availableProcessors());
        out.flush();

        SearchConfig config = SearchConfig.defaults().withSimulations(simulations);
        SearchBenchmark.Throughput search;
        try (InferenceService service = new InferenceService(network,
                InferenceConfig.DEFAULT.withCacheCapacity(0).withMaxBatchSize(games * config.leavesPerRound()))) {
            search = SearchBenchmark.lockstep(g, service, config, games, warmUp, measured, 1);
        }
        int reached = (int) Math.max(1, Math.round(search.meanBatchSize()));
        int[] sizes = {1, 16, 64, 256, reached};
        List<ForwardBenchmark.Result> raw = ForwardBenchmark.run(g, net, sizes, (long) (seconds * 1000), 1);
        out.println("raw forward throughput (positions/s):");
        out.println(ForwardBenchmark.format(raw));
        double limit = raw.get(raw.size() - 1).positionsPerSecond();
        out.printf("MCTS, %d games in lockstep, %d simulations/move: %,.0f simulations/s, %,.0f network evaluations/s, mean batch %.1f%n",
                games, simulations, search.simulationsPerSecond(), search.evaluationsPerSecond(), search.meanBatchSize());
        out.printf("search efficiency: %.0f%% of the raw forward throughput at batch %d (%,.0f positions/s)%n",
                100 * search.evaluationsPerSecond() / limit, reached, limit);
        out.flush();
        SearchBenchmark.Throughput rollouts = SearchBenchmark.rollouts(g, 800, warmUp, measured, 1);
        out.printf("pure MCTS, 1 game, 1 random rollout per leaf, 800 simulations/move: %,.0f simulations/s%n",
                rollouts.simulationsPerSecond());
        out.flush();
        return 0;
    }
}
