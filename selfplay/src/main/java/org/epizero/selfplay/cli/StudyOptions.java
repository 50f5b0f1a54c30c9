package org.epizero.selfplay.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.epizero.analysis.estimate.EstimatorKind;
import org.epizero.analysis.games.GameTokeniser;
import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.observer.ObserverThreads;
import org.epizero.selfplay.cluster.Clusters;
import org.epizero.selfplay.epiplexity.EvaluationProtocol;
import org.epizero.selfplay.epiplexity.MeasurementCluster;
import org.epizero.selfplay.epiplexity.StudySettings;
import org.epizero.selfplay.run.WorkingCopy;
import picocli.CommandLine.Option;

/** The options shared by the epiplexity commands. */
final class StudyOptions {

    @Option(names = "--observers", split = ",", defaultValue = "tiny,small,medium",
            description = "observer sizes, comma-separated, of tiny, small, medium, large, xl (default ${DEFAULT-VALUE})")
    List<String> observers;

    @Option(names = "--estimator", defaultValue = "preq", description = "preq, req or both (default ${DEFAULT-VALUE})")
    String estimator;

    @Option(names = "--tokens", split = ",", defaultValue = "20000",
            description = "scored tokens of every measured corpus X; several budgets comma-separated, e.g."
                    + " 100000,560000,3200000 (default ${DEFAULT-VALUE})")
    List<Long> tokens;

    @Option(names = "--seeds", defaultValue = "3", description = "measurements per corpus and observer, seeds 1..K (default ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--tokeniser", defaultValue = "moves", description = "moves (the move sequence and result), board (each position as cell tokens, then the move) or position (each position as one input, the move scored) (default ${DEFAULT-VALUE})")
    String tokeniser;

    @Option(names = "--context", defaultValue = "0", description = "observer context length; 0 chooses it (default ${DEFAULT-VALUE})")
    int context;

    @Option(names = "--simulations", split = ",", defaultValue = "" + EvaluationProtocol.DEFAULT_SIMULATIONS,
            description = "search simulations per move of evaluation games, 0 for moves sampled from the raw policy"
                    + " without search; several (e.g. 32,256) measure each checkpoint under each protocol (default ${DEFAULT-VALUE})")
    List<Integer> simulations;

    @Option(names = "--corpus-seed", defaultValue = "1", description = "seed of generated corpora (default ${DEFAULT-VALUE})")
    long corpusSeed;

    @Option(names = "--cache", paramLabel = "DIR", description = "where evaluation corpora are cached (default RUN/epiplexity)")
    Path cache;

    @Option(names = "--quiet", description = "no progress bars")
    boolean quiet;

    @Option(names = "--workers", defaultValue = "0",
            description = "measurements trained side by side, sharing the cores; 0: one per core (default ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "run each measurement as a task on Apache Spark: local[N], local-cluster[W,C,MB] or a cluster URL"
                    + " such as spark://host:7077 (the results are the same as here for the same PyTorch threads per"
                    + " measurement; --workers is then unused)")
    String sparkMaster;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "output directory (results, charts, measurements.jsonl); a URI such as hdfs://namenode/studies/ttt"
                    + " keeps it on that file system, published after every measurement")
    String out;

    /** The settings the options give, checked; {@code out} is filled in once the output directory is open. */
    StudySettings settings() {
        if (!GameTokeniser.NAMES.contains(tokeniser)) {
            throw new IllegalArgumentException("unknown tokeniser '" + tokeniser + "'; known: " + String.join(", ", GameTokeniser.NAMES));
        }
        List<EstimatorKind> kinds = estimators(estimator);
        return new StudySettings(observerSizes(observers), kinds, tokens, seeds,
                tokeniser, context, null, quiet, workers(workers));
    }

    /**
     * The observer sizes an {@code --observers} value names, lower-cased.
     *
     * @throws IllegalArgumentException for a size that is not one of {@link ObserverSpec#NAMED_SIZES}
     */
    static List<String> observerSizes(List<String> given) {
        for (String o : given) {
            if (!ObserverSpec.NAMED_SIZES.contains(o.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("unknown observer size '" + o + "'; known: " + String.join(", ", ObserverSpec.NAMED_SIZES));
            }
        }
        return given.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    /** The {@code --workers} value: as given, or one per core for 0. */
    static int workers(int given) {
        if (given < 0) {
            throw new IllegalArgumentException("--workers must be 0 (one per core) or more, got " + given);
        }
        return given == 0 ? ObserverThreads.cores() : given;
    }

    /** The estimators an {@code --estimator} value names: preq, req or both. */
    static List<EstimatorKind> estimators(String value) {
        List<EstimatorKind> kinds = new ArrayList<>();
        switch (value.toLowerCase(Locale.ROOT)) {
            case "preq" -> kinds.add(EstimatorKind.PREQUENTIAL);
            case "req" -> kinds.add(EstimatorKind.REQUENTIAL);
            case "both" -> kinds.addAll(List.of(EstimatorKind.PREQUENTIAL, EstimatorKind.REQUENTIAL));
            default -> throw new IllegalArgumentException("--estimator must be preq, req or both, got '" + value + "'");
        }
        return kinds;
    }

    /** The output directory, to write: a working copy where it lives on another file system. */
    WorkingCopy openOut() throws IOException {
        return WorkingCopy.writable(out, "epiplexity");
    }

    /** The cluster {@code --spark} names, connected, or null to measure in this process. */
    MeasurementCluster cluster() {
        return sparkMaster == null ? null : Clusters.onClassPath().measurements(sparkMaster);
    }

    /** The evaluation protocols, one per {@code --simulations} value, the first the one other corpora use. */
    List<EvaluationProtocol> protocols() {
        return simulations.stream().distinct().map(s -> new EvaluationProtocol(s, corpusSeed)).toList();
    }
}
