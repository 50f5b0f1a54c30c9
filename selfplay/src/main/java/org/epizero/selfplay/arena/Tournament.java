package org.epizero.selfplay.arena;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.epizero.engine.game.Game;
import org.epizero.engine.nn.Checkpoint;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.nn.PolicyValueNetwork;
import org.epizero.engine.play.SearchPlayer;
import org.epizero.engine.random.Seeds;
import org.epizero.selfplay.rating.BradleyTerry;
import org.epizero.selfplay.rating.Outcome;
import org.epizero.selfplay.rating.Ratings;
import org.epizero.selfplay.run.DirectoryLock;
import org.epizero.selfplay.run.RunDirectory;

/**
 * Rates checkpoints of a run on one Elo scale: each rated checkpoint's search plays every
 * reference and the checkpoint rated before it, colours alternated, and a Bradley-Terry fit with
 * a first-move term puts everyone on one scale with {@value #ANCHOR} play at 0. Every finished
 * pairing goes to the run's {@link PairingLog} ({@value #PAIRINGS_FILE}) as it ends, so a
 * tournament stopped midway, or run again after new checkpoints, plays only the pairings it lacks.
 */
public final class Tournament {

    /** The reference every tournament has, fixed at 0 Elo. */
    public static final String ANCHOR = "random";

    /** Finished pairings, in the run's arena directory. */
    public static final String PAIRINGS_FILE = "elo-pairings.jsonl";

    /** Keys of the two pairing families of a checkpoint's seed: against the references, against its predecessor. */
    private static final long AGAINST_REFERENCES = 0;
    private static final long AGAINST_PREVIOUS = 1;

    /** Plays one pairing's match (an {@link Arena#match}, with whatever progress display the caller wants). */
    @FunctionalInterface
    public interface Matches {
        List<ArenaGame> play(Arena.Contestant first, Arena.Contestant second, int games, long seed);
    }

    /**
     * What a tournament found.
     *
     * @param ratings every player's rating: the references first, then the checkpoints in step order
     * @param references the references' names, {@value #ANCHOR} first
     * @param steps the rated checkpoints' training steps
     * @param games every game, pairing by pairing
     */
    public record Standings(Ratings ratings, List<String> references, List<Long> steps, List<ArenaGame> games) {
        public Standings {
            references = List.copyOf(references);
            steps = List.copyOf(steps);
            games = List.copyOf(games);
        }
    }

    private final RunDirectory run;
    private final Game game;
    private final List<String> references;
    private final List<Long> steps;
    private final int gamesPerPairing;
    private final int simulations;
    private final long seed;

    /**
     * A tournament of the checkpoints at {@code steps}, whose search spends {@code simulations}
     * per move, against {@value #ANCHOR} and the named {@code references}. Every reference and
     * checkpoint is loaded once here, so a bad name or a corrupt checkpoint fails before the first
     * game rather than ending the tournament midway with nothing saved.
     *
     * @throws IllegalArgumentException naming the reference or the checkpoint that cannot be used
     */
    public Tournament(RunDirectory run, Game game, List<Long> steps, List<String> references, int gamesPerPairing,
            int simulations, long seed) {
        this.run = run;
        this.game = game;
        this.steps = List.copyOf(steps);
        List<String> names = new ArrayList<>();
        names.add(ANCHOR);
        for (String r : references) {
            if (!r.equals(ANCHOR)) {
                ReferencePlayers.of(r, game);
                names.add(r);
            }
        }
        this.references = List.copyOf(names);
        for (long step : steps) {
            try (PolicyValueNetwork network = Checkpoint.load(run.checkpoint(step), game)) {
                network.parameterCount();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("checkpoint " + run.checkpoint(step) + " cannot be loaded: " + e.getMessage(), e);
            }
        }
        this.gamesPerPairing = gamesPerPairing;
        this.simulations = simulations;
        this.seed = seed;
    }

    /** Every {@code every}-th of {@code steps} from the first, and the last. */
    public static List<Long> everyKth(List<Long> steps, int every) {
        List<Long> chosen = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (i % every == 0 || i == steps.size() - 1) {
                chosen.add(steps.get(i));
            }
        }
        return chosen;
    }

    /** The player name of the checkpoint at {@code step}. */
    public static String checkpointName(long step) {
        return "step-" + step;
    }

    /**
     * Plays the pairings the log lacks through {@code matches}, holding the run's arena directory
     * for the whole tournament, and fits the ratings. {@code notes} hears one line per rated
     * checkpoint and what the log held.
     *
     * @throws IOException if the log cannot be read or written, or another tournament holds the run
     */
    public Standings play(Matches matches, Consumer<String> notes) throws IOException {
        List<String> players = new ArrayList<>(references);
        steps.forEach(s -> players.add(checkpointName(s)));
        List<ArenaGame> played = new ArrayList<>();
        try (DirectoryLock lock = DirectoryLock.acquire(run.arenaDir(), "elo")) {
            PairingLog pairings = PairingLog.open(run.arenaDir().resolve(PAIRINGS_FILE));
            if (pairings.skippedLines() > 0) {
                notes.accept("skipped " + pairings.skippedLines() + " unreadable line(s) of " + pairings.file());
            }
            int reused = 0;
            int total = 0;
            InferenceService previous = null;
            try {
                for (int i = 0; i < steps.size(); i++) {
                    InferenceService network = InferenceService.ofCheckpoint(run.checkpoint(steps.get(i)), game);
                    String name = checkpointName(steps.get(i));
                    Arena.Contestant me = searchOf(name, network);
                    List<Arena.Contestant> opponents = new ArrayList<>();
                    List<Long> seeds = new ArrayList<>();
                    for (String reference : references) {
                        opponents.add(new Arena.Contestant(reference, ReferencePlayers.of(reference, game)));
                        seeds.add(Seeds.derive(seed, i, AGAINST_REFERENCES));
                    }
                    if (previous != null) {
                        opponents.add(searchOf(checkpointName(steps.get(i - 1)), previous));
                        seeds.add(Seeds.derive(seed, i, AGAINST_PREVIOUS));
                    }
                    for (int o = 0; o < opponents.size(); o++) {
                        Arena.Contestant opponent = opponents.get(o);
                        PairingLog.Key key = new PairingLog.Key(game.spec().toString(), name, opponent.name(), gamesPerPairing,
                                simulations, seeds.get(o));
                        List<ArenaGame> result = pairings.get(key);
                        total++;
                        if (result != null) {
                            reused++;
                        } else {
                            result = matches.play(me, opponent, gamesPerPairing, key.seed());
                            pairings.append(key, result);
                        }
                        played.addAll(result);
                    }
                    if (previous != null) {
                        previous.close();
                    }
                    previous = network;
                    notes.accept("rated " + name + " (" + (i + 1) + " of " + steps.size() + ")");
                }
            } finally {
                if (previous != null) {
                    previous.close();
                }
            }
            if (reused > 0) {
                notes.accept("reused " + reused + " of " + total + " pairing(s) already played with these settings (" + pairings.file() + ")");
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (ArenaGame g : played) {
            outcomes.add(new Outcome(players.indexOf(g.firstPlayer()), players.indexOf(g.secondPlayer()), g.firstScore()));
        }
        Ratings ratings = new BradleyTerry(1).fit(players, 0, outcomes);
        return new Standings(ratings, references, steps, played);
    }

    private Arena.Contestant searchOf(String name, InferenceService network) {
        return new Arena.Contestant(name, s -> new SearchPlayer(name, network, simulations, s));
    }
}
