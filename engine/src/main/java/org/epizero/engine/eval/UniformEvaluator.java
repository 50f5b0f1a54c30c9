package org.epizero.engine.eval;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.game.State;

/** Uniform priors over the legal actions and value 0: search guided by nothing but the rules. */
public final class UniformEvaluator implements Evaluator {

    @Override
    public List<Evaluation> evaluate(List<? extends State> states) {
        IntArrayList legal = new IntArrayList();
        List<Evaluation> out = new ArrayList<>(states.size());
        for (State s : states) {
            out.add(new Evaluation(uniformPriors(s, legal), 0f));
        }
        return out;
    }

    /**
     * A prior vector over all actions, uniform over the legal ones of {@code state};
     * {@code scratch} receives the legal actions.
     */
    public static float[] uniformPriors(State state, IntArrayList scratch) {
        state.legalActions(scratch);
        float[] priors = new float[state.game().numDistinctActions()];
        float p = 1f / scratch.size();
        for (int i = 0; i < scratch.size(); i++) {
            priors[scratch.getInt(i)] = p;
        }
        return priors;
    }
}
