package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameFactory;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.services.GameBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs the benchmarks that games declare, such as connect four's solver speed. */
@Command(name = "declared", description = "Benchmarks that games declare of their own machinery ('epizero games' lists them),"
        + " e.g. connect four's solver speed by disc count.")
final class BenchDeclaredCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GAME", arity = "0..*", description = "game specs (default: every registered game)")
    List<String> games;

    @Override
    public Integer call() {
        GameRegistry registry = GameRegistry.load();
        List<Game> chosen = games == null || games.isEmpty()
                ? registry.factories().stream().map(GameFactory::name).map(registry::create).toList()
                : games.stream().map(registry::create).toList();
        PrintWriter out = spec.commandLine().getOut();
        boolean any = false;
        for (Game game : chosen) {
            for (GameBenchmark b : game.services().benchmarks()) {
                out.printf("%s: %s (%s)%n", game.spec(), b.name(), b.description());
                out.flush();
                b.run(out);
                out.println();
                any = true;
            }
        }
        if (!any) {
            spec.commandLine().getErr().println("none of " + chosen.stream().map(g -> g.spec().toString()).toList() + " declares a benchmark");
            return 1;
        }
        return 0;
    }
}
