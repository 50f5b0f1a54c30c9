package org.epizero.selfplay.loop;

import java.util.ArrayList;
import java.util.List;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.random.Seeds;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GenerationProtocol;

/**
 * Plays games in which every move is sampled from the network's raw policy (its prior over the
 * legal moves, temperature 1), without search: what the network alone would play. Up to
 * {@code concurrentGames} games advance in lockstep, one batched evaluation per move of all of
 * them, so a game costs one network evaluation per move instead of a search's dozens. Each
 * record keeps the exact probability of every move it played, so the corpus's code length under
 * its generator is known.
 */
public final class PolicyGames {

    private final Game game;
    private final int concurrentGames;

    public PolicyGames(Game game, int concurrentGames) {
        if (concurrentGames < 1) {
            throw new IllegalArgumentException("concurrentGames must be at least 1, got " + concurrentGames);
        }
        this.game = game;
        this.concurrentGames = concurrentGames;
    }

    /**
     * Plays {@code games} games; game {@code i} is seeded from {@code seed} and {@code i} as in
     * {@link SelfPlayGames} ({@link Seeds#selfPlayGame}), and every record carries {@code step} and {@code protocol}.
     */
    public List<GameRecord> play(Evaluator evaluator, int games, long seed, long step, GenerationProtocol protocol) {
        GameRecord[] records = new GameRecord[games];
        List<Slot> active = new ArrayList<>();
        int started = 0;
        int finished = 0;
        while (finished < games) {
            while (active.size() < concurrentGames && started < games) {
                active.add(new Slot(started, Seeds.selfPlayGame(seed, started)));
                started++;
            }
            List<State> states = new ArrayList<>(active.size());
            active.forEach(s -> states.add(s.state));
            List<Evaluation> evaluations = evaluator.evaluate(states);
            List<Slot> still = new ArrayList<>(active.size());
            for (int i = 0; i < active.size(); i++) {
                Slot slot = active.get(i);
                slot.play(evaluations.get(i).priors());
                if (slot.state.isTerminal()) {
                    records[slot.index] = slot.record(seed, step, protocol);
                    finished++;
                } else {
                    still.add(slot);
                }
            }
            active = still;
        }
        return List.of(records);
    }

    /** One game in progress. */
    private final class Slot {
        final int index;
        final State state = game.newInitialState();
        final UniformRandomProvider rng;
        final List<String> moves = new ArrayList<>();
        final DoubleArrayList probabilities = new DoubleArrayList();

        Slot(int index, long gameSeed) {
            this.index = index;
            this.rng = RandomSource.SPLIT_MIX_64.create(gameSeed);
        }

        void play(float[] priors) {
            // The service masks illegal actions, but its softmax is in float: renormalise over the
            // legal ones in double so the recorded probabilities are those actually sampled from.
            double total = 0;
            int lastPositive = -1;
            for (int a = 0; a < priors.length; a++) {
                if (priors[a] > 0 && state.isLegal(a)) {
                    total += priors[a];
                    lastPositive = a;
                }
            }
            if (lastPositive < 0) {
                throw new IllegalStateException("the policy gives no legal move of " + game.spec() + " a positive prior");
            }
            double u = rng.nextDouble() * total;
            int action = lastPositive;
            for (int a = 0; a < lastPositive; a++) {
                if (priors[a] > 0 && state.isLegal(a)) {
                    u -= priors[a];
                    if (u < 0) {
                        action = a;
                        break;
                    }
                }
            }
            probabilities.add(priors[action] / total);
            moves.add(game.formatAction(action));
            state.apply(action);
        }

        GameRecord record(long seed, long step, GenerationProtocol protocol) {
            return new GameRecord(game.spec().toString(), moves, game.returns(state), step, protocol, seed, index, null, null,
                    probabilities.toDoubleArray());
        }
    }
}
