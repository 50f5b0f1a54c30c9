package org.epizero.games;

import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.nn.ForwardBenchmark;
import org.epizero.engine.nn.NativeThreads;
import org.epizero.engine.nn.NetworkConfig;

/**
 * Prints forward throughput of the default 4x64 network on registered games' shapes with 1 and
 * 2 intra-op threads. Arguments: milliseconds per batch size (default 3000), then game specs
 * (default tictactoe and connect4).
 */
public final class ForwardBenchmarkRun {

    private ForwardBenchmarkRun() {
    }

    public static void main(String[] args) {
        long millis = args.length > 0 ? Long.parseLong(args[0]) : 3000;
        List<String> specs = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("tictactoe", "connect4");
        GameRegistry registry = GameRegistry.load();
        for (String spec : specs) {
            Game game = registry.create(spec);
            for (int threads : new int[] {1, 2}) {
                NativeThreads.setIntraOpThreads(threads);
                List<ForwardBenchmark.Result> results =
                        ForwardBenchmark.run(game, NetworkConfig.DEFAULT, ForwardBenchmark.DEFAULT_BATCH_SIZES, millis, 1);
                System.out.printf("%s, observation %s, %d actions, net %s, intra-op threads %d%n%s%n", game.spec(),
                        game.observationShape(), game.numDistinctActions(), NetworkConfig.DEFAULT, NativeThreads.intraOpThreads(),
                        ForwardBenchmark.format(results));
            }
        }
    }
}
