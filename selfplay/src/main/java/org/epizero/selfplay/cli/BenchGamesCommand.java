package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.engine.game.GameFactory;
import org.epizero.engine.game.GameRegistry;
import org.epizero.selfplay.bench.PlayoutBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Random-playout speed of each game's rules on one thread. */
@Command(name = "games", description = "Random-playout moves per second on one thread, heap bytes allocated per move and per state copy.")
final class BenchGamesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GAME", arity = "0..*", description = "game specs (default: every registered game with its default parameters)")
    List<String> games;

    @Option(names = "--seconds", defaultValue = "3", description = "measured seconds per game after 1 s warm-up (default ${DEFAULT-VALUE})")
    double seconds;

    @Override
    public Integer call() {
        GameRegistry registry = GameRegistry.load();
        List<String> specs = games == null || games.isEmpty() ? registry.factories().stream().map(GameFactory::name).toList() : games;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-24s %14s %14s %12s %12s%n", "game", "moves/s", "games/s", "bytes/move", "bytes/copy");
        for (String s : specs) {
            PlayoutBenchmark.Result r = PlayoutBenchmark.run(registry.create(s), 1.0, seconds);
            out.printf("%-24s %14.0f %14.0f %12.2f %12.0f%n", r.game(), r.movesPerSecond(), r.gamesPerSecond(), r.bytesPerMove(),
                    r.bytesPerCopy());
            out.flush();
        }
        return 0;
    }
}
