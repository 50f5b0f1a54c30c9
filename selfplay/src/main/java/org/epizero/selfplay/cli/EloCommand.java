package org.epizero.selfplay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.io.AtomicFiles;
import org.epizero.selfplay.arena.Arena;
import org.epizero.selfplay.arena.ArenaGame;
import org.epizero.selfplay.arena.Tournament;
import org.epizero.selfplay.config.ConfigTree;
import org.epizero.selfplay.rating.Ratings;
import org.epizero.selfplay.report.EloChart;
import org.epizero.selfplay.run.ArenaArchive;
import org.epizero.selfplay.run.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Rates a run's checkpoints on one Elo scale with fixed references, random play anchored at 0 (a {@link Tournament}). */
@Command(name = "elo",
        description = {"Rate every k-th checkpoint of a run: each plays the references and the next rated checkpoint"
            + " (colours alternated); a Bradley-Terry fit with a first-move term puts all on one Elo scale, random = 0."
            + " Writes RUN/elo.json, RUN/arena/elo-games.jsonl (and .EXT for each format the game exports to) and RUN/plots/elo.png."
            + " Each pairing is kept in RUN/arena/elo-pairings.jsonl as it finishes; a rerun with the same settings"
            + " (an interrupted tournament, or one with new checkpoints) reuses the pairings already played."})
final class EloCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "run directory")
    Path runDir;

    @Option(names = "--every", defaultValue = "1", description = "rate every k-th checkpoint, plus the last (default ${DEFAULT-VALUE})")
    int every;

    @Option(names = "--games", defaultValue = "40", description = "games per pairing (default ${DEFAULT-VALUE})")
    int games;

    @Option(names = "--simulations", defaultValue = "32", description = "search simulations per move of a checkpoint (default ${DEFAULT-VALUE})")
    int simulations;

    @Option(names = "--references", split = ",", defaultValue = "random,one-ply", completionCandidates = DeclaredServices.ReferencePlayerNames.class,
            description = "reference players besides random: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    List<String> references;

    @Option(names = "--threads", defaultValue = "16",
            description = "games played at once; the network evaluations of their searches share forward passes (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--seed", defaultValue = "1", description = "match seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (every < 1 || games < 1 || simulations < 1 || threads < 1) {
            throw new IllegalArgumentException("--every, --games, --simulations and --threads must be at least 1");
        }
        RunDirectory run = new RunDirectory(runDir);
        if (!run.exists()) {
            throw new IllegalArgumentException(runDir + " holds no run (no config.json)");
        }
        List<Long> all = run.checkpointSteps();
        if (all.isEmpty()) {
            throw new IllegalArgumentException(runDir + " has no checkpoints yet");
        }
        Game game = GameRegistry.load().create(ConfigTree.fromJsonFile(run.configFile()).get("game").asText());
        Tournament tournament = new Tournament(run, game, Tournament.everyKth(all, every), references, games, simulations, seed);
        PrintWriter out = spec.commandLine().getOut();
        Arena arena = new Arena(game, threads);
        Tournament.Standings standings = tournament.play((a, b, n, s) -> MatchProgress.match(arena, a, b, n, s), line -> {
            out.println(line);
            out.flush();
        });
        List<ArenaGame> played = standings.games();
        Ratings ratings = standings.ratings();
        List<String> names = ratings.players();
        ArenaArchive.writeJsonLines(run.arenaDir().resolve("elo-games.jsonl"), played);
        ArenaArchive.writeExports(game, played, run.arenaDir().resolve("elo-games"));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.writeString(run.root().resolve("elo.json"), json.writeValueAsString(Map.of(
                "players", names, "elo", ratings.elo(), "stdError", ratings.stdError(),
                "firstMoveAdvantage", ratings.firstMoveAdvantage(), "simulations", simulations, "gamesPerPairing", games)));
        List<Long> steps = standings.steps();
        double[] x = steps.stream().mapToDouble(Long::doubleValue).toArray();
        double[] y = steps.stream().mapToDouble(s -> ratings.elo(Tournament.checkpointName(s))).toArray();
        double[] e = steps.stream().mapToDouble(s -> ratings.stdError(Tournament.checkpointName(s))).toArray();
        List<EloChart.Reference> refs = standings.references().stream().map(r -> new EloChart.Reference(r, ratings.elo(r))).toList();
        Path chart = run.plotsDir().resolve("elo.png");
        EloChart.write(runDir.getFileName() + ": Elo against training step", x, y, e, refs, chart);
        for (int i = 0; i < names.size(); i++) {
            out.printf("%-14s %8.0f +- %.0f%n", names.get(i), ratings.elo()[i], ratings.stdError()[i]);
        }
        out.printf("first-move advantage %.0f +- %.0f Elo; wrote %s%n", ratings.firstMoveAdvantage(), ratings.firstMoveStdError(), chart);
        out.flush();
        return 0;
    }
}
