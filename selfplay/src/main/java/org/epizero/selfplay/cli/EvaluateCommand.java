package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.nn.Checkpoint;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.play.PlayerFactory;
import org.epizero.engine.play.PolicyPlayer;
import org.epizero.engine.play.SearchPlayer;
import org.epizero.engine.search.SearchConfig;
import org.epizero.engine.services.EvaluationReport;
import org.epizero.engine.services.PlayerEvaluation;
import org.epizero.engine.services.TestPositions;
import org.epizero.selfplay.arena.Arena;
import org.epizero.selfplay.arena.ArenaGame;
import org.epizero.selfplay.arena.PositionTest;
import org.epizero.selfplay.arena.ReferencePlayers;
import org.epizero.selfplay.run.ArenaArchive;
import org.epizero.selfplay.run.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures a checkpoint: by the evaluations its game declares, and in matches against reference players. */
@Command(name = "evaluate",
        description = {"Measure a checkpoint (or a run's latest checkpoint) against fixed references:"
            + " first, on the raw policy and on the search, each evaluation its game declares (listed by 'epizero games'),"
            + " or instead, with --positions, mistake rates on files of test positions; then matches with colours"
            + " alternated against the --against players."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CHECKPOINT|RUN", description = "a checkpoint directory or a run directory")
    Path target;

    @Option(names = "--simulations", defaultValue = "32", description = "search simulations per move of the agent (default ${DEFAULT-VALUE})")
    int simulations;

    @Mixin
    MoveChoiceOptions moveChoice;

    @Option(names = "--against", split = ",", completionCandidates = DeclaredServices.ReferencePlayerNames.class,
            description = "opponents, comma-separated: ${COMPLETION-CANDIDATES} (default random; with --positions none)")
    List<String> opponents;

    @Option(names = "--positions", paramLabel = "FILE", arity = "1..*",
            description = "files of test positions in the format the game declares ('epizero games'; for connect four Pascal Pons'"
                    + " sets): per file, the mistake rates of the raw policy and of the search, in place of the game's declared"
                    + " evaluations. Every line of every file is checked before any position is solved.")
    List<Path> positions;

    @Option(names = "--limit", defaultValue = "0", description = "positions drawn per --positions file by the seed, 0 for all (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--games", defaultValue = "200", description = "games per opponent (default ${DEFAULT-VALUE})")
    int games;

    @Option(names = "--threads", defaultValue = "16",
            description = "games played at once; the network evaluations of their searches share forward passes (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--seed", defaultValue = "1", description = "match seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--record", paramLabel = "DIR", description = "keep the match games in DIR/vs-OPPONENT.jsonl (and .EXT for each format the game exports to)")
    Path record;

    @Override
    public Integer call() throws Exception {
        if (simulations < 1 || games < 1 || threads < 1 || limit < 0) {
            throw new IllegalArgumentException("--simulations, --games and --threads must be at least 1, --limit at least 0");
        }
        SearchConfig search = moveChoice.searchConfig(simulations);
        if (opponents == null) {
            opponents = positions == null ? List.of("random") : List.of();
        }
        Path checkpoint = RunDirectory.resolveCheckpoint(target);
        GameRegistry registry = GameRegistry.load();
        Game game = registry.create(Checkpoint.readDescriptor(checkpoint).game());
        PrintWriter out = spec.commandLine().getOut();
        // Every argument is checked before the first game: a bad opponent or --record must not
        // surface after minutes of evaluation.
        Map<String, PlayerFactory> opponentPlayers = new LinkedHashMap<>();
        for (String name : opponents) {
            opponentPlayers.put(name, ReferencePlayers.of(name, game));
        }
        Map<Path, List<TestPositions.Position>> testSets = new LinkedHashMap<>();
        TestPositions format = null;
        if (positions != null) {
            format = game.services().testPositions().orElseThrow(
                    () -> new IllegalArgumentException(game.spec() + " declares no test-position format; 'epizero games' lists what each game offers"));
            for (Path file : positions) {
                testSets.put(file, PositionTest.sample(PositionTest.read(file, format), limit, seed));
            }
        }
        if (record != null) {
            if (Files.exists(record) && !Files.isDirectory(record)) {
                throw new IllegalArgumentException("--record " + record + " is a file; it names a directory for the match games");
            }
            Files.createDirectories(record);
        }
        out.printf("checkpoint %s (%s, step %d), agent: %s%n", checkpoint, game.spec(),
                Checkpoint.readDescriptor(checkpoint).trainingStep(), moveChoice.describe(simulations));
        out.flush();
        try (InferenceService network = InferenceService.ofCheckpoint(checkpoint, game)) {
            // Test positions stand in for the declared evaluations: a user who names files asked for those.
            for (PlayerEvaluation evaluation : positions == null ? game.services().evaluations() : List.<PlayerEvaluation>of()) {
                report(out, "raw policy", evaluation.evaluate(new PolicyPlayer("policy", network), seed));
                report(out, moveChoice.describe(simulations), evaluation.evaluate(new SearchPlayer("agent", network, search, seed), seed));
            }
            for (Map.Entry<Path, List<TestPositions.Position>> set : testSets.entrySet()) {
                report(out, set.getKey(), measure(set.getValue(), format, network, search));
            }
            Arena arena = new Arena(game, threads);
            Arena.Contestant agent = new Arena.Contestant("agent", s -> new SearchPlayer("agent", network, search, s));
            for (String name : opponents) {
                Arena.Contestant opponent = new Arena.Contestant(name, opponentPlayers.get(name));
                List<ArenaGame> results = MatchProgress.match(arena, agent, opponent, games, seed);
                if (record != null) {
                    String file = "vs-" + name.replaceAll("[^A-Za-z0-9_.-]", "_");
                    ArenaArchive.writeJsonLines(record.resolve(file + ".jsonl"), results);
                    ArenaArchive.writeExports(game, results, record.resolve(file));
                }
                long wins = results.stream().filter(g -> g.scoreOf("agent") == 1).count();
                long draws = results.stream().filter(g -> g.scoreOf("agent") == 0.5).count();
                double score = results.stream().mapToDouble(g -> g.scoreOf("agent")).sum() / results.size();
                out.printf("vs %-12s %d games: %d wins, %d draws, %d losses, score %.1f%%%n", name, results.size(), wins, draws,
                        results.size() - wins - draws, 100 * score);
                out.flush();
            }
        }
        return 0;
    }

    private PositionTest.Result measure(List<TestPositions.Position> set, TestPositions format, InferenceService network,
            SearchConfig search) throws InterruptedException {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("positions").setInitialMax(2L * set.size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500);
        try (ProgressBar bar = builder.build()) {
            return PositionTest.run(set, format, new PolicyPlayer("policy", network),
                    s -> new SearchPlayer("agent", network, search, s), seed, threads, bar::stepTo);
        }
    }

    private void report(PrintWriter out, Path file, PositionTest.Result r) {
        out.printf("%-24s %4d positions: raw policy %5.1f%% mistakes (%d), %s %5.1f%% (%d); solver agrees with the file on %d%n",
                file.getFileName(), r.positions(), 100 * r.policyRate(), r.policyMistakes(), moveChoice.describe(simulations),
                100 * r.searchRate(),
                r.searchMistakes(), r.solverAgrees());
        out.flush();
    }

    private static void report(PrintWriter out, String who, EvaluationReport report) {
        out.printf("%-12s %s%n", who, report.summary());
        report.details().forEach(d -> out.println("    " + d));
        out.flush();
    }
}
