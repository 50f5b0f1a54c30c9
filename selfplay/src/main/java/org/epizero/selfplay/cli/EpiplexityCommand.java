package org.epizero.selfplay.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.engine.game.GameRegistry;
import org.epizero.selfplay.epiplexity.CorpusSource;
import org.epizero.selfplay.epiplexity.EpiplexityStudy;
import org.epizero.selfplay.epiplexity.MeasurementCluster;
import org.epizero.selfplay.epiplexity.EvaluationProtocol;
import org.epizero.selfplay.run.DirectoryLock;
import org.epizero.selfplay.run.WorkingCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures the epiplexity of one or more corpora side by side. */
@Command(name = "epiplexity",
        description = {"Measure S (epiplexity) and H (time-bounded entropy) of corpora side by side, each X with the same"
            + " number of scored tokens. CORPUS is a game spec (its bare-rules corpus), a run directory (its latest"
            + " checkpoint's evaluation corpus) or a .jsonl/.jsonl.gz file (game records, else a token dataset)."
            + " Writes OUT/results.json, OUT/results.csv and charts; completed measurements are kept in"
            + " OUT/measurements.jsonl and skipped when the command is run again."})
final class EpiplexityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "corpora to measure")
    List<String> corpora;

    @Mixin
    StudyOptions options;

    @Override
    public Integer call() throws Exception {
        var settings = options.settings();
        GameRegistry registry = GameRegistry.load();
        List<CorpusSource> sources = new ArrayList<>();
        List<EvaluationProtocol> protocols = options.protocols();
        for (String c : corpora) {
            if (WorkingCopy.isRemote(c)) {
                throw new IllegalArgumentException("corpus " + c + " is on another file system; 'epiplexity-sweep' measures a run"
                        + " there, or copy it here");
            }
            for (EvaluationProtocol protocol : protocols) {
                CorpusSource s = CorpusSource.parse(c, registry, protocol, options.cache);
                boolean seen = sources.stream().anyMatch(o -> o.label().equals(s.label()));
                if (seen && protocol == protocols.get(0)) {
                    throw new IllegalArgumentException("corpus '" + s.label() + "' given twice");
                }
                if (!seen) {
                    sources.add(s); // a corpus that does not depend on the protocol is added once
                }
            }
        }
        try (WorkingCopy out = options.openOut();
                DirectoryLock lock = DirectoryLock.acquire(out.local(), "epiplexity");
                MeasurementCluster cluster = options.cluster()) {
            new EpiplexityStudy(settings.withOut(out.local()), spec.commandLine().getOut(), out).run(sources, "epiplexity", cluster);
        }
        return 0;
    }
}
