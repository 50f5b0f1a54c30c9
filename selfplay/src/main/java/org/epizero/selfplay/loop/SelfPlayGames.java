package org.epizero.selfplay.loop;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.nn.CachingEvaluator;
import org.epizero.engine.random.Seeds;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.engine.records.Resignation;
import org.epizero.engine.search.LockstepSearch;
import org.epizero.engine.search.Mcts;
import org.epizero.engine.search.MoveChooser;
import org.epizero.engine.search.SearchConfig;
import org.epizero.engine.search.SearchResult;
import org.epizero.selfplay.config.PlayoutCapSettings;
import org.epizero.selfplay.config.ResignSettings;
import org.epizero.selfplay.config.SelfPlaySettings;

/**
 * Plays a batch of self-play games in groups of consecutive games ({@link Group}, the unit of work
 * that a cluster spreads over its tasks). Within a group up to {@code concurrentGames} games are
 * searched in lockstep, so every round of their searches goes to the evaluator as one batch, and a
 * finished game's slot is refilled with the group's next game at once. Each move keeps the search's policy target (the
 * visit distribution with PUCT, the improved policy with a Gumbel root; none after a fast search of the playout cap) and, with PUCT, the
 * probability with which the move was drawn from the visit counts. That probability is
 * conditional on the search's own randomness (its root noise), which the record does not keep.
 * With a Gumbel root every move is the search's own choice, drawn by its Gumbel noise, whose
 * probability is not known in closed form: those records carry no move probabilities.
 */
public final class SelfPlayGames {

    /**
     * The games of one batch and what it cost: simulations, evaluations asked for, those the
     * groups' caches answered, and the calls and states that went on to the evaluator.
     */
    public record Outcome(List<GameRecord> records, long simulations, long evaluations, long cacheHits, long evaluatorCalls,
            long evaluatedStates) {
    }

    /** Keeps a game's search randomness apart from its move choice, which uses the game's seed itself. */
    private static final long SEARCH_SALT = 0x5DEECE66DL;
    /** Keeps the draw of played-out games apart from both, so turning resignation on changes no move. */
    private static final long PLAYED_OUT_SALT = 0x2545F4914F6CDD1DL;
    /** Keeps the draw of full and fast searches apart from the others. */
    private static final long PLAYOUT_CAP_SALT = 0x9E3779B97F4A7C15L;

    private final Game game;
    private final SearchConfig search;
    private final SelfPlaySettings settings;
    private final int cacheCapacity;

    /** {@code cacheCapacity}: evaluations each group keeps, keyed by state hash (0: none). */
    public SelfPlayGames(Game game, SearchConfig search, SelfPlaySettings settings, int cacheCapacity) {
        this.game = game;
        this.search = search;
        this.settings = settings;
        this.cacheCapacity = cacheCapacity;
    }

    /** The protocol stamped on every record this generator writes. */
    public GenerationProtocol protocol() {
        return new GenerationProtocol("self-play", search.simulations(), 1.0, settings.temperatureMoves(),
                search.noiseWeight(), search.noiseAlpha() > 0 ? search.noiseAlpha() : null);
    }

    /**
     * Plays {@code games} games with {@code evaluator}, group after group of
     * {@code gamesPerGroup} ({@link #groups}); game {@code i} is seeded from {@code seed} and
     * {@code i}. {@code step} is the generator's training step, stored in each record. The
     * evaluator should not cache across calls (an uncached inference service): each group keeps
     * its own cache, so the records equal those of the same groups played anywhere else.
     */
    public Outcome play(Evaluator evaluator, int games, long seed, long step, IntConsumer onGameFinished) {
        List<GameRecord> records = new ArrayList<>(games);
        long simulations = 0;
        long evaluations = 0;
        long hits = 0;
        long calls = 0;
        long states = 0;
        for (Group group : groups(games)) {
            int before = records.size();
            Outcome o = playGroup(evaluator, group, seed, step, n -> onGameFinished.accept(before + n));
            records.addAll(o.records());
            simulations += o.simulations();
            evaluations += o.evaluations();
            hits += o.cacheHits();
            calls += o.evaluatorCalls();
            states += o.evaluatedStates();
        }
        return new Outcome(List.copyOf(records), simulations, evaluations, hits, calls, states);
    }

    /** Consecutive game numbers {@code first .. first + count - 1}: one unit of self-play work. */
    public record Group(int first, int count) implements Serializable {
    }

    /** The groups of a batch of {@code games} games, in order; only the last may be smaller. */
    public List<Group> groups(int games) {
        List<Group> groups = new ArrayList<>();
        for (int first = 0; first < games; first += settings.gamesPerGroup()) {
            groups.add(new Group(first, Math.min(settings.gamesPerGroup(), games - first)));
        }
        return groups;
    }

    /**
     * Plays the games of one group in lockstep through a cache of their own in front of
     * {@code evaluator}; records come in game order. Everything a group plays depends only on
     * the evaluator's answers, {@code seed}, the group and the settings.
     */
    public Outcome playGroup(Evaluator evaluator, Group group, long seed, long step, IntConsumer onGameFinished) {
        CachingEvaluator cached = new CachingEvaluator(evaluator, cacheCapacity);
        LockstepSearch driver = new LockstepSearch(cached);
        List<Slot> active = new ArrayList<>();
        GameRecord[] records = new GameRecord[group.count()];
        int started = 0;
        int finished = 0;
        long simulations = 0;
        GenerationProtocol protocol = protocol();
        while (finished < group.count()) {
            while (active.size() < settings.concurrentGames() && started < group.count()) {
                active.add(new Slot(group.first() + started, seed));
                started++;
            }
            List<Mcts> searches = new ArrayList<>(active.size());
            for (Slot slot : active) {
                slot.beginSearch();
                searches.add(slot.mcts);
            }
            List<SearchResult> results = driver.complete(searches);
            List<Slot> still = new ArrayList<>(active.size());
            for (int i = 0; i < active.size(); i++) {
                Slot slot = active.get(i);
                SearchResult result = results.get(i);
                simulations += result.simulations();
                slot.play(result);
                if (slot.finished()) {
                    records[slot.index - group.first()] = slot.record(seed, step, protocol);
                    finished++;
                    onGameFinished.accept(finished);
                } else {
                    still.add(slot);
                }
            }
            active = still;
        }
        CachingEvaluator.Stats stats = cached.stats();
        return new Outcome(List.of(records), simulations, stats.requests(), stats.hits(), stats.innerCalls(), stats.innerStates());
    }

    /** One game in progress. */
    private final class Slot {
        final int index;
        final State state;
        final Mcts mcts;
        final UniformRandomProvider rng;
        final List<String> moves = new ArrayList<>();
        final List<float[]> visits = new ArrayList<>();
        final FloatArrayList rootValues = new FloatArrayList();
        final DoubleArrayList probabilities = new DoubleArrayList();
        final boolean playedOut;
        final UniformRandomProvider searchKinds;
        boolean fullSearch;
        Resignation resignation;

        Slot(int index, long seed) {
            this.index = index;
            this.state = game.newInitialState();
            long gameSeed = Seeds.selfPlayGame(seed, index);
            this.rng = RandomSource.SPLIT_MIX_64.create(gameSeed);
            this.mcts = new Mcts(state, search, Seeds.salted(gameSeed, SEARCH_SALT));
            ResignSettings resign = settings.resign();
            this.playedOut = resign.enabled()
                    && RandomSource.SPLIT_MIX_64.create(Seeds.salted(gameSeed, PLAYED_OUT_SALT)).nextDouble() < resign.playedOutShare();
            this.searchKinds = settings.playoutCap().enabled() ? RandomSource.SPLIT_MIX_64.create(Seeds.salted(gameSeed, PLAYOUT_CAP_SALT)) : null;
        }

        /** Begins this move's search: the full one, or with the playout cap on and by the draw, the fast one. */
        void beginSearch() {
            PlayoutCapSettings cap = settings.playoutCap();
            fullSearch = searchKinds == null || searchKinds.nextDouble() < cap.fullSearchShare();
            if (fullSearch) {
                mcts.beginSearch();
            } else {
                mcts.beginSearch(cap.fastSimulations(), false);
            }
        }

        /** Whether the game is over, by the rules or by resignation. */
        boolean finished() {
            return state.isTerminal() || resignation != null && !resignation.playedOut();
        }

        /** Resigns or, in a played-out game, notes the first resignation declined; then plays a move unless resigned. */
        void play(SearchResult result) {
            if (resignation == null && settings.resign().enabled() && settings.resign().resigns(result.rootValue(), bestMoveValue(result))) {
                resignation = new Resignation(state.currentPlayer(), state.moveNumber(), playedOut);
                if (!playedOut) {
                    return;
                }
            }
            int action;
            if (search.gumbel().enabled()) {
                action = result.action();
            } else {
                double temperature = state.moveNumber() < settings.temperatureMoves() ? 1.0 : 0.0;
                int[] counts = result.choiceCounts();
                action = MoveChooser.choose(counts, temperature, rng);
                probabilities.add(MoveChooser.probability(counts, temperature, action));
            }
            visits.add(fullSearch ? result.policy() : null);
            rootValues.add((float) result.rootValue());
            moves.add(game.formatAction(action));
            state.apply(action);
            mcts.advance(action);
        }

        GameRecord record(long seed, long step, GenerationProtocol protocol) {
            double[] returns = game.returns(state);
            if (resignation != null && !resignation.playedOut()) {
                // Zero-sum with two players: the resigning player loses, the other wins.
                Arrays.fill(returns, 1);
                returns[resignation.player()] = -1;
            }
            return new GameRecord(game.spec().toString(), moves, returns, step, protocol, seed, index, visits, rootValues.toFloatArray(),
                    search.gumbel().enabled() ? null : probabilities.toDoubleArray(), resignation);
        }
    }

    /** The value of the best-valued visited move from the mover's view, or -infinity when none was visited. */
    private static double bestMoveValue(SearchResult result) {
        double best = Double.NEGATIVE_INFINITY;
        for (float v : result.actionValues()) {
            if (!Float.isNaN(v)) {
                best = Math.max(best, v);
            }
        }
        return best;
    }
}
