package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.selfplay.config.RunConfig;
import org.epizero.selfplay.cluster.Clusters;
import org.epizero.selfplay.loop.LoopListener;
import org.epizero.selfplay.loop.SelfPlayCluster;
import org.epizero.selfplay.loop.TrainingLoop;
import org.epizero.selfplay.run.DirectoryLock;
import org.epizero.selfplay.run.RunDirectory;
import org.epizero.selfplay.run.WorkingCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs the self-play training loop into a run directory, or resumes one. */
@Command(name = "train",
        description = {"Self-play, train and checkpoint, one generation at a time, into a run directory:"
            + " config.json, checkpoints/step-N/, games/gen-G.jsonl.gz, metrics.jsonl, plots/."
            + " Settings come from the game's shipped defaults, then --config FILE, then --set key=value."
            + " A killed run continues with --resume and loses no finished game or checkpoint."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "GAME", description = "game spec (not needed with --resume)")
    String game;

    @Option(names = "--run", paramLabel = "DIR",
            description = "run directory (default runs/<game>); a URI such as hdfs://namenode/runs/ttt keeps it on that"
                    + " file system, published after every generation")
    String runDir;

    @Option(names = "--config", paramLabel = "FILE", description = "JSON file layered over the game's defaults")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "override one setting, e.g. --set schedule.generations=20 (repeatable); with --resume only"
                    + " schedule.generations, which extends the run")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--resume", description = "continue the run in --run DIR with its saved config")
    boolean resume;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "play each generation's self-play as one Spark job on MASTER: local[N], local-cluster[W,C,MB]"
                    + " or a cluster URL such as spark://host:7077 (the games are the same as without it)")
    String sparkMaster;

    @Option(names = "--quiet", description = "no progress bars, only the per-generation summary")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String location;
        RunConfig config = null;
        if (resume) {
            if (runDir == null) {
                throw new IllegalArgumentException("--resume needs --run DIR");
            }
            if (configFile != null) {
                throw new IllegalArgumentException("--resume uses the run's saved config; --config cannot change it");
            }
            location = runDir;
        } else {
            if (game == null) {
                throw new IllegalArgumentException("name a game to train: 'epizero train GAME' ('epizero games' lists them)");
            }
            config = RunConfig.resolve(game, configFile, overrides);
            location = runDir != null ? runDir : Path.of("runs", config.game().replaceAll("[^A-Za-z0-9_.=-]", "_")).toString();
        }
        String purpose = resume ? "train --resume" : "train";
        try (WorkingCopy copy = WorkingCopy.writable(location, purpose);
                DirectoryLock lock = DirectoryLock.acquire(copy.local(), purpose)) {
            LoopListener listener = new PublishEachGeneration(new TrainingProgressBars(out, quiet), copy);
            RunDirectory run = new RunDirectory(copy.local());
            TrainingLoop loop = resume ? TrainingLoop.resume(run, overrides, listener) : TrainingLoop.create(run, config, listener);
            out.printf("run %s: %s, %d generations%n", location, loop.config().game(), loop.config().schedule().generations());
            out.flush();
            try (SelfPlayCluster cluster = sparkMaster == null ? null : Clusters.onClassPath().selfPlay(sparkMaster)) {
                if (cluster != null) {
                    out.printf("self-play on Spark (%s)%n", sparkMaster);
                    out.flush();
                    loop.playingOn(cluster);
                }
                loop.run();
            }
            if (WorkingCopy.isRemote(location)) {
                out.printf("done: the run is in %s%n", location);
            } else {
                out.printf("done: checkpoints in %s; plot with 'epizero plot %s'%n", run.checkpointsDir(), location);
            }
            out.flush();
        }
        return 0;
    }
}
