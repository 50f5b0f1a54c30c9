package org.epizero.selfplay.cli;

import ai.djl.engine.Engine;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
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
 * to search and batching overhead. It is taken over paired rounds, a search window and then a raw
 * window, because a shared machine's speed drifts by more than the overhead being measured
 * between windows a minute apart: each pair sees about the same machine, and the median pair is
 * the figure.
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

    @Option(names = "--rounds", defaultValue = "5", description = "paired rounds (a search window, then a raw window at"
            + " the search's batch size) whose median ratio is the search efficiency (default ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() {
        if (games < 1 || simulations < 1 || seconds <= 0 || blocks < 0 || channels < 1 || rounds < 1) {
            throw new IllegalArgumentException(
                    "--games, --simulations, --channels, --rounds must be >= 1, --blocks >= 0, --seconds > 0");
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
        try (InferenceService service = new InferenceService(network,
                InferenceConfig.DEFAULT.withCacheCapacity(0).withMaxBatchSize(games * config.leavesPerRound()))) {
            SearchBenchmark.Throughput search = SearchBenchmark.lockstep(g, service, config, games, warmUp, measured, 1);
            int reached = (int) Math.max(1, Math.round(search.meanBatchSize()));
            int[] sizes = {1, 16, 64, 256, reached};
            out.println("raw forward throughput (positions/s):");
            out.println(ForwardBenchmark.format(ForwardBenchmark.run(g, net, sizes, measured.toMillis(), 1)));
            out.printf("MCTS, %d games in lockstep, %d simulations/move: %,.0f simulations/s, %,.0f network evaluations/s,"
                    + " mean batch %.1f%n", games, simulations, search.simulationsPerSecond(), search.evaluationsPerSecond(),
                    search.meanBatchSize());
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                SearchBenchmark.Throughput paired = SearchBenchmark.lockstep(g, service, config, games, warmUp, measured, 2 + r);
                double raw = ForwardBenchmark.run(g, net, new int[] {reached}, measured.toMillis(), 1).get(0).positionsPerSecond();
                ratios[r] = paired.evaluationsPerSecond() / raw;
                out.printf("  round %d: search %,.0f evaluations/s, raw %,.0f positions/s at batch %d: %.0f%%%n", r + 1,
                        paired.evaluationsPerSecond(), raw, reached, 100 * ratios[r]);
                out.flush();
            }
            Arrays.sort(ratios);
            double median = rounds % 2 == 1 ? ratios[rounds / 2] : (ratios[rounds / 2 - 1] + ratios[rounds / 2]) / 2;
            out.printf("search efficiency: %.0f%% of the raw forward throughput at batch %d (median of %d paired rounds,"
                    + " range %.0f-%.0f%%)%n", 100 * median, reached, rounds, 100 * ratios[0], 100 * ratios[rounds - 1]);
            out.flush();
        }
        SearchBenchmark.Throughput rollouts = SearchBenchmark.rollouts(g, 800, warmUp, measured, 1);
        out.printf("pure MCTS, 1 game, 1 random rollout per leaf, 800 simulations/move: %,.0f simulations/s%n",
                rollouts.simulationsPerSecond());
        out.flush();
        return 0;
    }
}
