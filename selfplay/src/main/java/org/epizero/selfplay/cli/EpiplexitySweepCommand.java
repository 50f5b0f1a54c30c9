package org.epizero.selfplay.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.selfplay.epiplexity.BareRulesSource;
import org.epizero.selfplay.epiplexity.CorpusSource;
import org.epizero.selfplay.epiplexity.EpiplexityStudy;
import org.epizero.selfplay.epiplexity.MeasurementCluster;
import org.epizero.selfplay.epiplexity.StudySettings;
import org.epizero.selfplay.epiplexity.EvaluationProtocol;
import org.epizero.selfplay.epiplexity.EvaluationSource;
import org.epizero.selfplay.epiplexity.LengthMatchedSource;
import org.epizero.selfplay.run.DirectoryLock;
import org.epizero.selfplay.run.WorkingCopy;
import org.epizero.selfplay.run.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures the evaluation corpus of every k-th checkpoint of a run beside the bare rules of its game. */
@Command(name = "epiplexity-sweep",
        description = {"Measure the evaluation corpus of every k-th checkpoint of a run (plus the last) and the"
            + " bare-rules corpus of its game: S and H against training step, per observer size, under each"
            + " --simulations protocol. Same outputs and resumption as 'epiplexity'."})
final class EpiplexitySweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN",
            description = "run directory; a URI such as hdfs://namenode/runs/ttt is read from that file system (its evaluation"
                    + " corpora are then cached in OUT/corpora unless --cache says otherwise)")
    String runDir;

    @Option(names = "--every", defaultValue = "5", description = "measure every k-th checkpoint, plus the last (default ${DEFAULT-VALUE})")
    int every;

    @Option(names = "--length-matched",
            description = "also measure uniformly random games matched game for game in length to the last checkpoint's"
                    + " evaluation games (a control: structure removed, length kept)")
    boolean lengthMatched;

    @Mixin
    StudyOptions options;

    @Override
    public Integer call() throws Exception {
        if (every < 1) {
            throw new IllegalArgumentException("--every must be at least 1, got " + every);
        }
        var settings = options.settings();
        try (WorkingCopy runCopy = WorkingCopy.snapshot(runDir)) {
            RunDirectory run = new RunDirectory(runCopy.local());
            Game game = EvaluationSource.gameOf(run, GameRegistry.load());
            List<Long> all = run.checkpointSteps();
            if (all.isEmpty()) {
                throw new IllegalArgumentException(runDir + " has no checkpoints yet");
            }
            try (WorkingCopy out = options.openOut(); DirectoryLock lock = DirectoryLock.acquire(out.local(), "epiplexity-sweep")) {
                sweep(run, game, all, settings, out);
            }
        }
        return 0;
    }

    private void sweep(RunDirectory run, Game game, List<Long> all, StudySettings settings, WorkingCopy out) throws IOException {
        // A snapshot of a remote run is gone after the command: its corpora are kept with the results.
        Path cache = options.cache != null || !WorkingCopy.isRemote(runDir) ? options.cache : out.local().resolve("corpora");
        List<CorpusSource> sources = new ArrayList<>();
        sources.add(new BareRulesSource(game, options.corpusSeed));
        for (int i = 0; i < all.size(); i++) {
            if (i % every == 0 || i == all.size() - 1) {
                for (EvaluationProtocol protocol : options.protocols()) {
                    sources.add(new EvaluationSource(run, game, all.get(i), protocol, cache, ""));
                }
            }
        }
        if (lengthMatched) {
            EvaluationSource last = new EvaluationSource(run, game, all.get(all.size() - 1), options.protocols().get(0), cache, "");
            sources.add(new LengthMatchedSource(last, options.corpusSeed));
        }
        String runName = run.root().getFileName().toString();
        // The run is named only where its directory does not already say the game.
        String title = game.spec() + (runName.equals(game.spec().toString()) ? "" : ", run " + runName) + ", " + settings.tokeniser()
                + " tokeniser";
        try (MeasurementCluster cluster = options.cluster()) {
            new EpiplexityStudy(settings.withOut(out.local()), spec.commandLine().getOut(), out).run(sources, title, cluster);
        }
    }
}
