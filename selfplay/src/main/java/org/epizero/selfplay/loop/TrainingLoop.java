package org.epizero.selfplay.loop;

import ai.djl.engine.Engine;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.io.AtomicFiles;
import org.epizero.engine.nn.Checkpoint;
import org.epizero.engine.nn.InferenceConfig;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.nn.NetworkTrainer;
import org.epizero.engine.nn.PolicyValueNetwork;
import org.epizero.engine.nn.TrainingLosses;
import org.epizero.engine.nn.TrainingSample;
import org.epizero.engine.random.Seeds;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.engine.records.GameRecordWriter;
import org.epizero.selfplay.config.ConfigTree;
import org.epizero.selfplay.config.RunConfig;
import org.epizero.selfplay.run.GenerationMetrics;
import org.epizero.selfplay.run.MetricsLog;
import org.epizero.selfplay.run.RecordExports;
import org.epizero.selfplay.run.RunDirectory;

/**
 * The synchronous AlphaZero loop, one generation at a time: self-play games through the batched
 * inference service, write them, train on a window of recent generations, checkpoint, log.
 *
 * <p>Self-play and training alternate rather than overlap: on a machine with few cores both
 * phases already keep every core busy (the network's forward and backward passes use all
 * intra-op threads), so overlapping them would only make them compete, and alternating keeps
 * each generation's games played by exactly one network.
 *
 * <p>Crash safety: games files and checkpoints are written under temporary names and renamed,
 * and a generation's metrics line is appended right after its checkpoint lands. A resumed run
 * starts after its latest checkpoint, reuses a finished games file of the next generation
 * instead of playing it again, rebuilds the replay window from the games files, and drops
 * metrics lines of generations that have no checkpoint, so no generation is ever counted twice.
 *
 * <p>With gating on, each new network first plays a match against the self-play network and
 * replaces it only when it scores enough; the metrics line records the decision, so a resumed
 * run continues with the network that was playing.
 */
public final class TrainingLoop {

    /**
     * Keys of the families drawn from a generation's seed, which seeds its self-play games itself:
     * the order in which training samples its batches, and the gating match.
     */
    private static final long BATCH_ORDER = 1;
    private static final long GATE_MATCH = 2;

    private final RunDirectory run;
    private final RunConfig config;
    private final Game game;
    private final LoopListener listener;
    private SelfPlayCluster cluster;

    private TrainingLoop(RunDirectory run, RunConfig config, LoopListener listener) {
        this.run = run;
        this.config = config;
        this.game = GameRegistry.load().create(config.game());
        this.listener = listener;
    }

    /** A new run in an empty or missing directory. */
    public static TrainingLoop create(RunDirectory run, RunConfig config, LoopListener listener) throws IOException {
        if (run.exists()) {
            throw new IllegalArgumentException(run.root() + " already holds a run; use --resume to continue it or pick another --run");
        }
        for (Path dir : List.of(run.gamesDir(), run.checkpointsDir())) {
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException(run.root() + " holds " + dir.getFileName() + " of a run without config.json,"
                                + " which would be taken for this run's own; pick another --run or move them away");
                    }
                }
            }
        }
        TrainingLoop loop = new TrainingLoop(run, config, listener);
        // Written only once the config names a game that exists: a failed start leaves nothing behind.
        AtomicFiles.writeString(run.configFile(), ConfigTree.fromValue(config).toPrettyJson());
        return loop;
    }

    /** The one key a resume may change: more (or fewer, not below what is done) generations extend a run without changing how its finished generations were made. */
    public static final String EXTENDABLE_KEY = "schedule.generations";

    /**
     * Continues the run in {@code run} with its saved config, after the {@code key=value}
     * {@code overrides} of {@link #EXTENDABLE_KEY} (saved into the run's config); any other key is
     * refused with the reason.
     */
    public static TrainingLoop resume(RunDirectory run, List<String> overrides, LoopListener listener) throws IOException {
        if (!run.exists()) {
            throw new IllegalArgumentException(run.root() + " holds no run (no config.json) to resume");
        }
        for (String o : overrides) {
            if (!o.strip().startsWith(EXTENDABLE_KEY + "=")) {
                throw new IllegalArgumentException("--resume can change only " + EXTENDABLE_KEY + " (it extends the run); '" + o
                        + "' would change how the finished generations were made: start a new run for it");
            }
        }
        RunConfig config = RunConfig.readSaved(run.configFile(), overrides);
        if (!overrides.isEmpty()) {
            long done = run.latestCheckpointStep().orElse(0) / config.schedule().stepsPerGeneration();
            if (config.schedule().generations() < done) {
                throw new IllegalArgumentException(run.root() + " has already finished " + done + " generations; "
                        + EXTENDABLE_KEY + "=" + config.schedule().generations() + " cannot undo them");
            }
            AtomicFiles.writeString(run.configFile(), ConfigTree.fromValue(config).toPrettyJson());
            listener.note("the run now ends after generation " + config.schedule().generations());
        }
        int leftovers = 0;
        for (Path dir : List.of(run.root(), run.gamesDir(), run.checkpointsDir())) {
            leftovers += AtomicFiles.removeLeftovers(dir);
        }
        if (leftovers > 0) {
            listener.note("removed " + leftovers + " temporary file(s) of writes the interruption cut short");
        }
        Checkpoint.recoverInterrupted(run.checkpointsDir()).forEach(listener::note);
        return new TrainingLoop(run, config, listener);
    }

    public RunConfig config() {
        return config;
    }

    /**
     * Plays self-play on {@code cluster} instead of in this process; the caller closes it. The
     * games are the same either way (the group is the unit of work in both), so a run may
     * switch between the two at any resume.
     */
    public TrainingLoop playingOn(SelfPlayCluster cluster) {
        this.cluster = cluster;
        return this;
    }

    /** Runs generations until the configured number is reached. */
    public void run() throws IOException {
        SelfPlaySetup.useThreads(config);
        int stepsPerGeneration = config.schedule().stepsPerGeneration();
        Engine.getInstance().setRandomSeed((int) config.seed());
        OptionalLong latest = run.latestCheckpointStep();
        PolicyValueNetwork learner;
        int firstGeneration;
        if (latest.isPresent()) {
            learner = Checkpoint.load(run.checkpoint(latest.getAsLong()), game);
            firstGeneration = (int) (latest.getAsLong() / stepsPerGeneration);
            listener.note("resuming after step " + latest.getAsLong() + " (generation " + firstGeneration + ")");
        } else {
            learner = PolicyValueNetwork.create(game, config.network());
            Checkpoint.save(learner, 0, run.checkpoint(0));
            firstGeneration = 0;
        }
        MetricsLog metrics = new MetricsLog(run.metricsFile());
        metrics.reconcile(firstGeneration, g -> run.checkpoint((long) (g + 1) * stepsPerGeneration), listener::note);
        long generatorStep = generatorAfter(metrics, firstGeneration);
        PolicyValueNetwork player = PolicyValueNetwork.create(game, config.network());
        byte[] generator = generatorStep == latest.orElse(0) ? learner.parameters() : parametersAt(generatorStep);
        player.loadParameters(generator);
        InferenceConfig inference = SelfPlaySetup.inference(config);
        ReplayWindow window = new ReplayWindow(config.schedule().windowGenerations());
        for (int g = Math.max(0, firstGeneration - config.schedule().windowGenerations() + 1); g < firstGeneration; g++) {
            if (Files.exists(run.generationGames(g))) {
                window.add(readGames(g).samples());
            }
        }
        SelfPlayGames selfPlay = SelfPlaySetup.games(config, game);
        try (learner; NetworkTrainer trainer = new NetworkTrainer(learner, config.trainer().toTrainerConfig(config.seed()));
                InferenceService service = new InferenceService(player, inference);
                Gate gate = config.gating().enabled() ? new Gate(game, config.gating(), config.network()) : null) {
            for (int g = firstGeneration; g < config.schedule().generations(); g++) {
                Generator next = runGeneration(g, new Generator(generatorStep, generator), selfPlay, service, gate, trainer, window, metrics);
                generatorStep = next.step();
                generator = next.parameters();
            }
        }
    }

    /**
     * The step of the network that plays generation {@code generation}: the latest checkpoint
     * unless the run gates, then the one the last gating match kept. A generation whose metrics
     * line was lost in a crash has an unknown gate result, so the last known network plays on.
     */
    private long generatorAfter(MetricsLog metrics, int generation) throws IOException {
        long latest = (long) generation * config.schedule().stepsPerGeneration();
        if (!config.gating().enabled() || generation == 0) {
            return latest;
        }
        List<GenerationMetrics> lines = metrics.read();
        if (lines.isEmpty()) {
            listener.note("no metrics line survived: the gate results are unknown, the step-0 network plays");
            return 0;
        }
        GenerationMetrics last = lines.get(lines.size() - 1);
        if (last.generation() != generation - 1) {
            listener.note("generation " + (generation - 1) + " has no metrics line: its gate result is unknown, step "
                    + last.nextGeneratorStep() + " keeps playing");
        }
        return last.nextGeneratorStep();
    }

    private byte[] parametersAt(long step) throws IOException {
        try (PolicyValueNetwork network = Checkpoint.load(run.checkpoint(step), game)) {
            return network.parameters();
        }
    }

    /** The network that plays a generation: its training step and its parameters. */
    private record Generator(long step, byte[] parameters) {
    }

    /** One generation; returns the network that plays the next one. */
    private Generator runGeneration(int g, Generator generator, SelfPlayGames selfPlay, InferenceService service,
            Gate gate, NetworkTrainer trainer, ReplayWindow window, MetricsLog metrics) throws IOException {
        long generatorStep = generator.step();
        int stepsPerGeneration = config.schedule().stepsPerGeneration();
        long generationSeed = Seeds.derive(config.seed(), g);
        long start = System.nanoTime();
        List<GameRecord> games;
        List<TrainingSample> storedSamples = null; // a reused games file's, computed while it was read
        SelfPlayGames.Outcome cost = new SelfPlayGames.Outcome(List.of(), 0, 0, 0, 0, 0); // none for a reused file
        double io = 0;
        if (Files.exists(run.generationGames(g))) {
            StoredGeneration stored = readGames(g);
            games = stored.games();
            storedSamples = stored.samples();
            listener.note("generation " + g + ": reusing " + games.size() + " finished games from " + run.generationGames(g));
        } else {
            int total = config.selfPlay().gamesPerGeneration();
            listener.phaseStarted(g, "self-play", total);
            SelfPlayGames.Outcome outcome = cluster == null
                    ? selfPlay.play(service, total, generationSeed, generatorStep, listener::progress)
                    : cluster.play(config, generator.parameters(), total, generationSeed, generatorStep, listener::progress);
            listener.phaseFinished();
            games = outcome.records();
            cost = outcome;
            long ioStart = System.nanoTime();
            try (GameRecordWriter writer = new GameRecordWriter(run.generationGames(g))) {
                for (GameRecord r : games) {
                    writer.write(r);
                }
            }
            RecordExports.write(game, games, run.generationExports(g));
            io += seconds(ioStart);
        }
        double selfPlaySeconds = seconds(start) - io;
        window.add(storedSamples != null ? storedSamples : samplesOf(games));

        long trainStart = System.nanoTime();
        listener.phaseStarted(g, "train", stepsPerGeneration);
        SplittableRandom batches = new SplittableRandom(Seeds.derive(generationSeed, BATCH_ORDER));
        double policyLoss = 0;
        double valueLoss = 0;
        for (int s = 0; s < stepsPerGeneration; s++) {
            TrainingLosses losses = trainer.step(window.sample(config.schedule().batchSize(), batches));
            policyLoss += losses.meanPolicyLoss();
            valueLoss += losses.meanValueLoss();
            listener.progress(s + 1);
        }
        listener.phaseFinished();
        double trainSeconds = seconds(trainStart);

        long step = (long) (g + 1) * stepsPerGeneration;
        byte[] parameters = trainer.network().parameters();
        Double gateScore = null;
        long nextGenerator = step;
        long gateStart = System.nanoTime();
        if (gate != null) {
            listener.phaseStarted(g, "gate", config.gating().games());
            gateScore = gate.candidateScore(parameters, service, Seeds.derive(generationSeed, GATE_MATCH), listener::progress);
            listener.phaseFinished();
            if (!gate.promotes(gateScore)) {
                nextGenerator = generatorStep;
            }
        }
        double gateSeconds = seconds(gateStart);
        if (nextGenerator == step) {
            service.loadParameters(parameters).join();
        }
        // The metrics travel inside the checkpoint, so a kill between the two writes loses no line;
        // their I/O time is therefore that of the games file, without the checkpoint's own write.
        GenerationMetrics m = summarise(g, step, generatorStep, games, cost, selfPlaySeconds,
                policyLoss / stepsPerGeneration, valueLoss / stepsPerGeneration, window.size(), trainSeconds, io,
                gateSeconds, gateScore, nextGenerator);
        Checkpoint.save(trainer.network(), parameters, step, run.checkpoint(step), Map.of(MetricsLog.CHECKPOINT_FILE, MetricsLog.toJson(m)));
        metrics.append(m);
        listener.generationFinished(m);
        return nextGenerator == step ? new Generator(step, parameters) : generator;
    }

    private GenerationMetrics summarise(int g, long step, long generatorStep, List<GameRecord> games, SelfPlayGames.Outcome cost,
            double selfPlaySeconds, double policyLoss, double valueLoss,
            int windowSamples, double trainSeconds, double ioSeconds, double gateSeconds, Double gateScore, long nextGeneratorStep) {
        long moves = 0;
        int firstWins = 0;
        int draws = 0;
        int resigned = 0;
        int declined = 0;
        int declinedNotLost = 0;
        Set<List<String>> sequences = new HashSet<>();
        Object2IntOpenHashMap<String> firstMoves = new Object2IntOpenHashMap<>();
        for (GameRecord r : games) {
            moves += r.moves().size();
            if (r.returns()[0] > 0) {
                firstWins++;
            } else if (r.returns()[0] == 0) {
                draws++;
            }
            if (r.resigned()) {
                resigned++;
            } else if (r.resignation() != null) {
                declined++;
                declinedNotLost += r.returns()[r.resignation().player()] >= 0 ? 1 : 0;
            }
            sequences.add(r.moves());
            if (!r.moves().isEmpty()) {
                firstMoves.addTo(r.moves().get(0), 1);
            }
        }
        double entropy = 0;
        for (int count : firstMoves.values()) {
            double p = count / (double) games.size();
            entropy -= p * Math.log(p) / Math.log(2);
        }
        long calls = cost.evaluatorCalls();
        long requests = cost.evaluations();
        long hits = cost.cacheHits();
        long forwarded = cost.evaluatedStates();
        long simulations = cost.simulations();
        int n = games.size();
        return new GenerationMetrics(g, step, generatorStep, n, moves / (double) n, firstWins / (double) n, draws / (double) n,
                entropy, sequences.size() / (double) n, selfPlaySeconds > 0 ? n / selfPlaySeconds : 0,
                selfPlaySeconds > 0 ? simulations / selfPlaySeconds : 0, calls > 0 ? forwarded / (double) calls : 0,
                requests > 0 ? hits / (double) requests : 0, policyLoss, valueLoss, windowSamples, selfPlaySeconds, trainSeconds, ioSeconds,
                gateSeconds, gateScore, nextGeneratorStep, resigned / (double) n, declined > 0 ? declinedNotLost / (double) declined : null);
    }

    /** A generation's games read back from its file, with their training samples. */
    private record StoredGeneration(List<GameRecord> games, List<TrainingSample> samples) {}

    /** Reads generation {@code g}'s games file; a record that does not replay into samples is skipped and named. */
    private StoredGeneration readGames(int g) throws IOException {
        List<GameRecord> games = new ArrayList<>();
        List<TrainingSample> samples = new ArrayList<>();
        double weight = config.selfPlay().valueTargetSearchWeight();
        GameRecordReader.Summary summary = GameRecordReader.read(run.generationGames(g), r -> {
            samples.addAll(TrainingSamples.of(game, r, weight));
            games.add(r);
        }, listener::note);
        if (summary.skippedLines() > 0 || summary.truncated()) {
            listener.note("generation " + g + ": " + summary.skippedLines() + " damaged line(s) or record(s) skipped");
        }
        return new StoredGeneration(games, samples);
    }

    private List<TrainingSample> samplesOf(List<GameRecord> games) {
        List<TrainingSample> samples = new ArrayList<>();
        for (GameRecord r : games) {
            samples.addAll(TrainingSamples.of(game, r, config.selfPlay().valueTargetSearchWeight()));
        }
        return samples;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
