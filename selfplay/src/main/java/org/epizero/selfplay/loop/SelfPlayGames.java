package org.epizero.selfplay.loop;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.random.Seeds;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.engine.search.LockstepSearch;
import org.epizero.engine.search.Mcts;
import org.epizero.engine.search.MoveChooser;
import org.epizero.engine.search.SearchConfig;
import org.epizero.engine.search.SearchResult;
import org.epizero.selfplay.config.SelfPlaySettings;

/**
 * Plays a batch of self-play games: up to {@code concurrentGames} games are searched in lockstep,
 * so every round of their searches goes to the evaluator as one batch, and a finished game's slot
 * is refilled with a new game at once. Each move keeps the search's visit distribution, the
 * policy target of training, and the probability with which the move was drawn from it. That
 * probability is conditional on the search's own randomness (its root noise), which the record
 * does not keep.
 */
public final class SelfPlayGames {

    /** The games of one batch and what it cost. */
    public record Outcome(List<GameRecord> records, long simulations, long evaluatorCalls, long evaluatedStates) {
    }

    /** Keeps a game's search randomness apart from its move choice, which uses the game's seed itself. */
    private static final long SEARCH_SALT = 0x5DEECE66DL;

    private final Game game;
    private final SearchConfig search;
    private final SelfPlaySettings settings;

    public SelfPlayGames(Game game, SearchConfig search, SelfPlaySettings settings) {
        this.game = game;
        this.search = search;
        this.settings = settings;
    }

    /** The protocol stamped on every record this generator writes. */
    public GenerationProtocol protocol() {
        return new GenerationProtocol("self-play", search.simulations(), 1.0, settings.temperatureMoves(),
                search.noiseWeight(), search.noiseAlpha() > 0 ? search.noiseAlpha() : null);
    }

    /**
     * Plays {@code games} games with {@code evaluator}; game {@code i} is seeded from {@code seed}
     * and {@code i}. {@code step} is the generator's training step, stored in each record.
     */
    public Outcome play(Evaluator evaluator, int games, long seed, long step, IntConsumer onGameFinished) {
        LockstepSearch driver = new LockstepSearch(evaluator);
        List<Slot> active = new ArrayList<>();
        GameRecord[] records = new GameRecord[games];
        int started = 0;
        int finished = 0;
        long simulations = 0;
        GenerationProtocol protocol = protocol();
        while (finished < games) {
            while (active.size() < settings.concurrentGames() && started < games) {
                active.add(new Slot(started, seed));
                started++;
            }
            List<Mcts> searches = new ArrayList<>(active.size());
            for (Slot slot : active) {
                slot.mcts.beginSearch();
                searches.add(slot.mcts);
            }
            List<SearchResult> results = driver.search(searches);
            List<Slot> still = new ArrayList<>(active.size());
            for (int i = 0; i < active.size(); i++) {
                Slot slot = active.get(i);
                SearchResult result = results.get(i);
                simulations += result.simulations();
                slot.play(result);
                if (slot.state.isTerminal()) {
                    records[slot.index] = slot.record(seed, step, protocol);
                    finished++;
                    onGameFinished.accept(finished);
                } else {
                    still.add(slot);
                }
            }
            active = still;
        }
        LockstepSearch.BatchStats stats = driver.stats();
        return new Outcome(List.of(records), simulations, stats.evaluatorCalls(), stats.evaluatedStates());
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

        Slot(int index, long seed) {
            this.index = index;
            this.state = game.newInitialState();
            long gameSeed = Seeds.selfPlayGame(seed, index);
            this.rng = RandomSource.SPLIT_MIX_64.create(gameSeed);
            this.mcts = new Mcts(state, search, Seeds.salted(gameSeed, SEARCH_SALT));
        }

        void play(SearchResult result) {
            double temperature = state.moveNumber() < settings.temperatureMoves() ? 1.0 : 0.0;
            int[] counts = result.visitCounts();
            int action = MoveChooser.choose(counts, temperature, rng);
            probabilities.add(MoveChooser.probability(counts, temperature, action));
            visits.add(result.policy());
            rootValues.add((float) result.rootValue());
            moves.add(game.formatAction(action));
            state.apply(action);
            mcts.advance(action);
        }

        GameRecord record(long seed, long step, GenerationProtocol protocol) {
            return new GameRecord(game.spec().toString(), moves, game.returns(state), step, protocol, seed, index, visits, rootValues.toFloatArray(),
                    probabilities.toDoubleArray());
        }
    }
}
