package org.epizero.selfplay.cli;

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
import org.epizero.selfplay.epiplexity.EvaluationProtocol;
import org.epizero.selfplay.epiplexity.EvaluationSource;
import org.epizero.selfplay.epiplexity.LengthMatchedSource;
import org.epizero.selfplay.run.DirectoryLock;
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

    @Parameters(index = "0", paramLabel = "RUN", description = "run directory")
    Path runDir;

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
        RunDirectory run = new RunDirectory(runDir);
        Game game = EvaluationSource.gameOf(run, GameRegistry.load());
        List<Long> all = run.checkpointSteps();
        if (all.isEmpty()) {
            throw new IllegalArgumentException(runDir + " has no checkpoints yet");
        }
        List<CorpusSource> sources = new ArrayList<>();
        sources.add(new BareRulesSource(game, options.corpusSeed));
        for (int i = 0; i < all.size(); i++) {
            if (i % every == 0 || i == all.size() - 1) {
                for (EvaluationProtocol protocol : options.protocols()) {
                    sources.add(new EvaluationSource(run, game, all.get(i), protocol, options.cache, ""));
                }
            }
        }
        if (lengthMatched) {
            EvaluationSource last = new EvaluationSource(run, game, all.get(all.size() - 1), options.protocols().get(0), options.cache, "");
            sources.add(new LengthMatchedSource(last, options.corpusSeed));
        }
        try (DirectoryLock lock = DirectoryLock.acquire(options.out, "epiplexity-sweep");
                MeasurementCluster cluster = options.cluster()) {
            String runName = run.root().getFileName().toString();
            // The run is named only where its directory does not already say the game.
            String title = game.spec() + (runName.equals(game.spec().toString()) ? "" : ", run " + runName) + ", " + settings.tokeniser()
                    + " tokeniser";
            new EpiplexityStudy(settings, spec.commandLine().getOut()).run(sources, title, cluster);
        }
        return 0;
    }
}
