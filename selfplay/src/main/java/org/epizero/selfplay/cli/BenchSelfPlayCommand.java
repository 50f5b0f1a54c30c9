package org.epizero.selfplay.cli;

import ai.djl.engine.Engine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.nn.NativeThreads;
import org.epizero.engine.nn.PolicyValueNetwork;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.RecordJson;
import org.epizero.selfplay.config.RunConfig;
import org.epizero.selfplay.loop.SelfPlayCluster;
import org.epizero.selfplay.cluster.Clusters;
import org.epizero.selfplay.loop.SelfPlayGames;
import org.epizero.selfplay.loop.SelfPlaySetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Self-play throughput of one generation with the game's shipped config and an untrained network,
 * in this process and, with {@code --spark}, as a Spark job: games/s of each, their ratio (the
 * cluster's overhead on the same machine), the time to start a Spark context, and whether both
 * made the same games.
 */
@Command(name = "selfplay", description = {"Self-play games/s of one generation in-process and, with --spark MASTER, as a Spark"
            + " job (the overhead ratio, the context's start-up time, and whether both played the same games)."})
final class BenchSelfPlayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME", description = "game spec with a shipped or default config (see 'epizero games')")
    String game;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "config override, as for train (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--repeats", defaultValue = "3", description = "generations played per setting (default ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--spark", paramLabel = "MASTER", description = "also play the generations as Spark jobs on MASTER")
    String sparkMaster;

    @Override
    public Integer call() throws Exception {
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats must be >= 1");
        }
        RunConfig config = RunConfig.resolve(game, null, overrides);
        Game g = GameRegistry.load().create(config.game());
        int games = config.selfPlay().gamesPerGeneration();
        PrintWriter out = spec.commandLine().getOut();
        SelfPlaySetup.useThreads(config);
        Engine.getInstance().setRandomSeed((int) config.seed());
        PolicyValueNetwork network = PolicyValueNetwork.create(g, config.network());
        byte[] parameters = network.parameters();
        SelfPlayGames selfPlay = SelfPlaySetup.games(config, g);
        out.printf("%s: %d games per generation in %d groups of up to %d, %d simulations, PyTorch intra-op threads %d, %d cores%n",
                g.spec(), games, selfPlay.groups(games).size(), config.selfPlay().gamesPerGroup(), config.search().simulations(),
                NativeThreads.intraOpThreads(), Runtime.getRuntime().availableProcessors());
        out.flush();
        double[] here = new double[repeats];
        List<String> inProcess;
        try (InferenceService service = new InferenceService(network, SelfPlaySetup.inference(config))) {
            inProcess = lines(selfPlay.play(service, games, config.seed(), 0, n -> { }).records()); // warm-up, and the reference games
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                selfPlay.play(service, games, config.seed(), 0, n -> { });
                here[r] = games / seconds(start);
            }
        }
        out.printf("in-process: %s games/s%n", format(here));
        if (sparkMaster != null) {
            long start = System.nanoTime();
            try (SelfPlayCluster cluster = Clusters.onClassPath().selfPlay(sparkMaster)) {
                double startUp = seconds(start);
                start = System.nanoTime();
                List<String> first = lines(cluster.play(config, parameters, games, config.seed(), 0, n -> { }).records());
                double firstJob = seconds(start);
                double[] spark = new double[repeats];
                for (int r = 0; r < repeats; r++) {
                    start = System.nanoTime();
                    cluster.play(config, parameters, games, config.seed(), 0, n -> { });
                    spark[r] = games / seconds(start);
                }
                out.printf("spark %s: context start-up %.1f s, first job %.1f s, then %s games/s%n", sparkMaster, startUp, firstJob,
                        format(spark));
                out.printf("spark / in-process (medians): %.2f; same games: %s%n", median(spark) / median(here),
                        first.equals(inProcess) ? "yes" : "NO");
            }
        }
        out.flush();
        return 0;
    }

    private static List<String> lines(List<GameRecord> records) {
        return records.stream().map(RecordJson::toLine).toList();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String format(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(v -> String.format("%.1f", v)).toList()) + " (median "
                + String.format("%.1f", median(values)) + ")";
    }
}
