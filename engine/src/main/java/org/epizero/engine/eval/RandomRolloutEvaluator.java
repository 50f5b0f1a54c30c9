package org.epizero.engine.eval;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.epizero.engine.game.State;

/**
 * Pure Monte Carlo evaluation: uniform priors over the legal actions, and as value the mean final
 * reward of the player to move over a number of uniformly random playouts to the end of the game.
 * Seeded and deterministic for a given sequence of calls; not thread-safe (one per thread).
 */
public final class RandomRolloutEvaluator implements Evaluator {

    private final int rollouts;
    private final UniformRandomProvider rng;
    private final IntArrayList legal = new IntArrayList();

    /** {@code rollouts} playouts per state, drawn from a generator seeded with {@code seed}. */
    public RandomRolloutEvaluator(int rollouts, long seed) {
        if (rollouts < 1) {
            throw new IllegalArgumentException("rollouts must be at least 1, got " + rollouts);
        }
        this.rollouts = rollouts;
        this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    @Override
    public List<Evaluation> evaluate(List<? extends State> states) {
        List<Evaluation> out = new ArrayList<>(states.size());
        for (State s : states) {
            int mover = s.currentPlayer();
            float[] priors = UniformEvaluator.uniformPriors(s, legal);
            double total = 0;
            for (int r = 0; r < rollouts; r++) {
                total += playout(s.copy(), mover);
            }
            out.add(new Evaluation(priors, (float) (total / rollouts)));
        }
        return out;
    }

    private double playout(State state, int player) {
        while (!state.isTerminal()) {
            state.legalActions(legal);
            state.apply(legal.getInt(rng.nextInt(legal.size())));
        }
        return state.returns(player);
    }
}
