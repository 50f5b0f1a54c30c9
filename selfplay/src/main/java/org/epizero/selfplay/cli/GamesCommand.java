package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameFactory;
import org.epizero.engine.game.GameParameter;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.GameSpec;
import org.epizero.engine.services.EngineProtocol;
import org.epizero.engine.services.GameBenchmark;
import org.epizero.engine.services.GameServices;
import org.epizero.engine.services.PlayerEvaluation;
import org.epizero.engine.services.RecordExporter;
import org.epizero.engine.services.ReferencePlayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the registered games, their parameters, the shape of their action and observation spaces, and the services they declare. */
@Command(name = "games", description = "List registered games with their parameters (spec syntax: name(key=value,...))"
        + " and what each offers beyond its rules: reference players, evaluations, export formats, a solver, protocols, benchmarks.")
final class GamesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        GameRegistry registry = GameRegistry.load();
        for (GameFactory f : registry.factories()) {
            Game game = registry.create(GameSpec.of(f.name()));
            out.printf("%s  -  %s%n", game.spec(), f.description());
            out.printf("    actions: %d, observation: %dx%dx%d, players: %d, max length: %d, symmetries: %d%n",
                    game.numDistinctActions(), game.observationShape().planes(), game.observationShape().height(),
                    game.observationShape().width(), game.numPlayers(), game.maxGameLength(), game.symmetries().size());
            for (GameParameter p : f.parameters()) {
                out.printf("    %-8s default %-6s range %-12s %s%n", p.name(), p.defaultValue(), p.rangeText(), p.description());
            }
            printServices(out, game.services());
        }
        out.flush();
        return 0;
    }

    private static void printServices(PrintWriter out, GameServices services) {
        for (ReferencePlayer p : services.referencePlayers()) {
            out.printf("    player     %-12s %s%n", p.usage(), p.description());
        }
        for (PlayerEvaluation e : services.evaluations()) {
            out.printf("    evaluation %-12s %s%n", e.name(), e.description());
        }
        for (RecordExporter e : services.recordExporters()) {
            out.printf("    export     %s%n", e.extension());
        }
        services.solver().ifPresent(s -> out.printf("    solver     %s%n", s.description()));
        services.testPositions().ifPresent(t -> out.printf("    positions  %s%n", t.description()));
        for (EngineProtocol p : services.engineProtocols()) {
            out.printf("    protocol   %s%n", p.name());
        }
        for (GameBenchmark b : services.benchmarks()) {
            out.printf("    benchmark  %-12s %s%n", b.name(), b.description());
        }
    }
}
