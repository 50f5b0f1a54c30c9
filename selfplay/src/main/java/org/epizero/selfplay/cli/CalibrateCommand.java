package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.epizero.analysis.estimate.EstimatorKind;
import org.epizero.analysis.games.EndBlindReference;
import org.epizero.analysis.games.RandomPlayEntropy;
import org.epizero.analysis.study.CalibrationTable;
import org.epizero.analysis.study.CalibrationTable.Criterion;
import org.epizero.analysis.study.CorpusInfo;
import org.epizero.analysis.study.Measured;
import org.epizero.analysis.study.SummaryTable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameFactory;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.io.AtomicFiles;
import org.epizero.selfplay.epiplexity.CorpusSource;
import org.epizero.selfplay.epiplexity.EpiplexityStudy;
import org.epizero.selfplay.epiplexity.EvaluationProtocol;
import org.epizero.selfplay.epiplexity.StudySettings;
import org.epizero.selfplay.run.DirectoryLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the instrument on corpora whose exact entropy is known and reports how close it comes. */
@Command(name = "calibrate",
        description = {"Calibrate the epiplexity instrument: measure corpora whose exact entropy is known (uniform"
            + " tokens, Markov chains, a copy task, the bare rules of every registered game, and optionally the"
            + " evaluation corpus of a run) and compare each observer's held-out code length with the exact one."
            + " Writes OUT/calibration.txt, OUT/calibration.csv, OUT/calibration.png and one study per corpus"
            + " under OUT/ (measurements there are reused when the command is run again)."})
final class CalibrateCommand implements Callable<Integer> {

    /** What each synthetic corpus must reach at the largest observer. */
    private static final Map<String, Criterion> SYNTHETIC_CRITERIA = Map.of(
            "synthetic:uniform", Criterion.within(0.02),
            "synthetic:markov1", Criterion.within(0.02),
            "synthetic:markov3", Criterion.within(0.02),
            "synthetic:noisy-copy", Criterion.within(0.02),
            "synthetic:copy", Criterion.below(0.05),
            "synthetic:periodic", Criterion.below(0.05));

    /** What a corpus must reach at the largest observer; every game's bare rules, the study's criterion of a learned corpus. */
    private static Criterion criterion(String corpus) {
        return CorpusInfo.isBareRules(corpus)
                ? Criterion.within(SummaryTable.LEARNED_GAP)
                : SYNTHETIC_CRITERIA.getOrDefault(corpus, Criterion.NONE);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--corpora", split = ",",
            defaultValue = "synthetic:uniform,synthetic:markov1,synthetic:markov3,synthetic:copy,ALL_GAMES",
            description = "corpora (as for 'epiplexity'); ALL_GAMES stands for the bare rules of every registered game"
                    + " (default ${DEFAULT-VALUE})")
    List<String> corpora;

    @Option(names = "--run", paramLabel = "RUN", description = "also calibrate on the latest checkpoint's evaluation corpus of these runs")
    List<Path> runs = new ArrayList<>();

    @Option(names = "--observers", split = ",", defaultValue = "tiny,small,medium",
            description = "observer sizes, comma-separated, of tiny, small, medium, large, xl (default ${DEFAULT-VALUE})")
    List<String> observers;

    @Option(names = "--tokens", defaultValue = "1000000",
            description = "scored tokens of every measured synthetic X (default ${DEFAULT-VALUE})")
    long tokens;

    // Game rules are learned later than the synthetic structure: connect four's lines of four take
    // observers about 3 M move tokens (analysis/RESULTS.md), where the synthetic corpora converge at 1 M.
    @Option(names = "--game-tokens", defaultValue = "3000000",
            description = "scored tokens of every measured game corpus: bare rules and runs' evaluation games"
                    + " (default ${DEFAULT-VALUE})")
    long gameTokens;

    @Option(names = "--seeds", defaultValue = "1", description = "seeds per corpus and observer (default ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--estimator", defaultValue = "preq", description = "preq, req or both (default ${DEFAULT-VALUE})")
    String estimator;

    @Option(names = "--simulations", defaultValue = "32", description = "search simulations per move of evaluation games, 0 for the raw policy without search (default ${DEFAULT-VALUE})")
    int simulations;

    @Option(names = "--quiet", description = "no progress bars")
    boolean quiet;

    @Option(names = "--workers", defaultValue = "0",
            description = "measurements trained side by side, sharing the cores; 0: one per core (default ${DEFAULT-VALUE})")
    int workers;

    @Option(names = {"-o", "--out"}, defaultValue = "calibration", paramLabel = "DIR",
            description = "output directory (default ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<String> sizes = StudyOptions.observerSizes(observers);
        List<EstimatorKind> kinds = StudyOptions.estimators(estimator);
        GameRegistry registry = GameRegistry.load();
        EvaluationProtocol protocol = new EvaluationProtocol(simulations, 1);
        PrintWriter pw = spec.commandLine().getOut();
        List<CorpusSource> sources = new ArrayList<>();
        for (String c : corpora) {
            if (c.equals("ALL_GAMES")) {
                for (GameFactory factory : registry.factories()) {
                    sources.add(CorpusSource.parse(factory.name(), registry, protocol, null));
                }
            } else {
                sources.add(CorpusSource.parse(c, registry, protocol, null));
            }
        }
        for (Path run : runs) {
            sources.add(CorpusSource.parse(run.toString(), registry, protocol, null));
        }
        try (DirectoryLock lock = DirectoryLock.acquire(out, "calibrate")) {
            references(sources, pw);
            // One study per corpus (its own directory), all measured in one pool.
            List<EpiplexityStudy.Plan> plans = new ArrayList<>();
            for (CorpusSource source : sources) {
                long budget = source.game() != null ? gameTokens : tokens;
                StudySettings settings = new StudySettings(sizes, kinds, List.of(budget), seeds, "moves", 0,
                        out.resolve(directoryName(source.label())), quiet, StudyOptions.workers(workers));
                plans.add(new EpiplexityStudy(settings, pw).plan(List.of(source), "calibration: " + source.label()));
            }
            List<Measured> all = new ArrayList<>();
            EpiplexityStudy.runAll(plans, null).forEach(all::addAll);
            List<CalibrationTable.Row> rows = CalibrationTable.rows(all, CalibrateCommand::criterion);
            String table = CalibrationTable.format(rows);
            pw.println();
            pw.print(table);
            AtomicFiles.writeString(out.resolve("calibration.txt"), table);
            AtomicFiles.writeString(out.resolve("calibration.csv"), CalibrationTable.csv(rows));
            Path chart = CalibrationTable.chart(rows, out.resolve("calibration.png"));
            pw.println("wrote " + out.resolve("calibration.txt") + ", calibration.csv" + (chart != null ? ", calibration.png" : ""));
        }
        pw.flush();
        return 0;
    }

    /** Prints the exact bare-rules entropy per game of every game corpus: enumerated where feasible, else sampled. */
    private static void references(List<CorpusSource> sources, PrintWriter pw) {
        Map<String, Game> games = new LinkedHashMap<>();
        for (CorpusSource s : sources) {
            if (s.game() != null && CorpusInfo.isBareRules(s.label())) {
                games.put(s.label(), s.game());
            }
        }
        for (Map.Entry<String, Game> e : games.entrySet()) {
            RandomPlayEntropy h = RandomPlayEntropy.of(e.getValue(), RandomPlayEntropy.DEFAULT_MAX_NODES, 20_000, 1);
            EndBlindReference endBlind = EndBlindReference.monteCarlo(e.getValue(), 20_000, 1);
            pw.printf(Locale.ROOT, "%s: a uniformly random game carries %.4f bits%s (%.2f moves on average); a code that knows"
                    + " the legal moves but not when a game ends needs %.2f bits more%n", e.getKey(),
                    h.meanBits(), h.exact() ? ", exact over all " + h.games() + " games"
                            : String.format(Locale.ROOT, " +- %.4f (standard error, %d sampled games)", h.standardError(), h.games()),
                    h.meanMoves(), endBlind.excessBits());
        }
        pw.flush();
    }

    private static String directoryName(String label) {
        return label.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
