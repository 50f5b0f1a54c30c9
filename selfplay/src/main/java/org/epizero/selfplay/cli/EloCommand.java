package org.epizero.selfplay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.io.AtomicFiles;
import org.epizero.engine.nn.Checkpoint;
import org.epizero.engine.nn.InferenceConfig;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.nn.PolicyValueNetwork;
import org.epizero.engine.play.SearchPlayer;
import org.epizero.selfplay.arena.Arena;
import org.epizero.selfplay.arena.ArenaGame;
import org.epizero.selfplay.arena.PairingLog;
import org.epizero.selfplay.config.ConfigTree;
import org.epizero.selfplay.players.ReferencePlayers;
import org.epizero.selfplay.rating.BradleyTerry;
import org.epizero.selfplay.rating.Outcome;
import org.epizero.selfplay.rating.Ratings;
import org.epizero.selfplay.report.EloChart;
import org.epizero.selfplay.run.ArenaArchive;
import org.epizero.selfplay.run.DirectoryLock;
import org.epizero.selfplay.run.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Rates a run's checkpoints on one Elo scale with fixed references, random play anchored at 0. */
@Command(name = "elo",
        description = {"Rate every k-th checkpoint of a run: each plays the references and the next rated checkpoint"
            + " (colours alternated); a Bradley-Terry fit with a first-move term puts all on one Elo scale, random = 0."
            + " Writes RUN/elo.json, RUN/arena/elo-games.jsonl (and .EXT for each format the game exports to) and RUN/plots/elo.png."
            + " Each pairing is kept in RUN/arena/elo-pairings.jsonl as it finishes; a rerun with the same settings"
            + " (an interrupted tournament, or one with new checkpoints) reuses the pairings already played."})
final class EloCommand implements Callable<Integer> {

    /** Finished pairings, kept as they finish so that a stopped tournament resumes. */
    static final String PAIRINGS_FILE = "elo-pairings.jsonl";

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
        List<Long> steps = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % every == 0 || i == all.size() - 1) {
                steps.add(all.get(i));
            }
        }
        Game game = GameRegistry.load().create(ConfigTree.fromJsonFile(run.configFile()).get("game").asText());
        Arena arena = new Arena(game, threads);
        List<String> names = new ArrayList<>();
        names.add("random");
        for (String r : references) {
            if (!r.equals("random")) {
                ReferencePlayers.of(r, game);
                names.add(r);
            }
        }
        // Every checkpoint is loaded once before the first game, so a corrupt one is named at the
        // start rather than ending the tournament midway with nothing saved.
        for (long step : steps) {
            try (PolicyValueNetwork network = Checkpoint.load(run.checkpoint(step), game)) {
                network.parameterCount();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("checkpoint " + run.checkpoint(step) + " cannot be loaded: " + e.getMessage(), e);
            }
        }
        int firstCheckpoint = names.size();
        steps.forEach(s -> names.add("step-" + s));
        PrintWriter out = spec.commandLine().getOut();
        List<ArenaGame> played = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        try (DirectoryLock lock = DirectoryLock.acquire(run.arenaDir(), "elo")) {
            PairingLog pairings = PairingLog.open(run.arenaDir().resolve(PAIRINGS_FILE));
            if (pairings.skippedLines() > 0) {
                out.printf("skipped %d unreadable line(s) of %s%n", pairings.skippedLines(), pairings.file());
            }
            int reused = 0;
            int total = 0;
            InferenceService previous = null;
            try {
                for (int i = 0; i < steps.size(); i++) {
                    InferenceService network = new InferenceService(Checkpoint.load(run.checkpoint(steps.get(i)), game), InferenceConfig.DEFAULT);
                    String name = names.get(firstCheckpoint + i);
                    Arena.Contestant me = new Arena.Contestant(name, s -> new SearchPlayer(name, network, simulations, s));
                    List<Arena.Contestant> opponents = new ArrayList<>();
                    List<Long> seeds = new ArrayList<>();
                    for (int r = 0; r < firstCheckpoint; r++) {
                        String ref = names.get(r);
                        opponents.add(new Arena.Contestant(ref, ReferencePlayers.of(ref, game)));
                        seeds.add(seed + i);
                    }
                    if (previous != null) {
                        InferenceService before = previous;
                        String prevName = names.get(firstCheckpoint + i - 1);
                        opponents.add(new Arena.Contestant(prevName, s -> new SearchPlayer(prevName, before, simulations, s)));
                        seeds.add(seed + 1000 + i);
                    }
                    for (int o = 0; o < opponents.size(); o++) {
                        Arena.Contestant opponent = opponents.get(o);
                        PairingLog.Key key = new PairingLog.Key(game.spec().toString(), name, opponent.name(), games, simulations, seeds.get(o));
                        List<ArenaGame> result = pairings.get(key);
                        total++;
                        if (result != null) {
                            reused++;
                        } else {
                            result = MatchProgress.match(arena, me, opponent, games, key.seed());
                            pairings.append(key, result);
                        }
                        record(result, names, played, outcomes);
                    }
                    if (previous != null) {
                        previous.close();
                    }
                    previous = network;
                    out.printf("rated %s (%d of %d)%n", name, i + 1, steps.size());
                    out.flush();
                }
            } finally {
                if (previous != null) {
                    previous.close();
                }
            }
            if (reused > 0) {
                out.printf("reused %d of %d pairing(s) already played with these settings (%s)%n", reused, total, pairings.file());
            }
        }
        Ratings ratings = new BradleyTerry(1).fit(names, 0, outcomes);
        ArenaArchive.writeJsonLines(run.arenaDir().resolve("elo-games.jsonl"), played);
        ArenaArchive.writeExports(game, played, run.arenaDir().resolve("elo-games"));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.writeString(run.root().resolve("elo.json"), json.writeValueAsString(Map.of(
                "players", names, "elo", ratings.elo(), "stdError", ratings.stdError(),
                "firstMoveAdvantage", ratings.firstMoveAdvantage(), "simulations", simulations, "gamesPerPairing", games)));
        double[] x = steps.stream().mapToDouble(Long::doubleValue).toArray();
        double[] y = new double[steps.size()];
        double[] e = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            y[i] = ratings.elo()[firstCheckpoint + i];
            e[i] = ratings.stdError()[firstCheckpoint + i];
        }
        List<EloChart.Reference> refs = new ArrayList<>();
        for (int r = 0; r < firstCheckpoint; r++) {
            refs.add(new EloChart.Reference(names.get(r), ratings.elo()[r]));
        }
        Path chart = run.plotsDir().resolve("elo.png");
        EloChart.write(runDir.getFileName() + ": Elo against training step", x, y, e, refs, chart);
        for (int i = 0; i < names.size(); i++) {
            out.printf("%-14s %8.0f +- %.0f%n", names.get(i), ratings.elo()[i], ratings.stdError()[i]);
        }
        out.printf("first-move advantage %.0f +- %.0f Elo; wrote %s%n", ratings.firstMoveAdvantage(), ratings.firstMoveStdError(), chart);
        out.flush();
        return 0;
    }

    private static void record(List<ArenaGame> games, List<String> names, List<ArenaGame> played, List<Outcome> outcomes) {
        for (ArenaGame g : games) {
            played.add(g);
            outcomes.add(new Outcome(names.indexOf(g.firstPlayer()), names.indexOf(g.secondPlayer()), g.firstScore()));
        }
    }
}
