package org.epizero.engine.search;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.State;

/**
 * A deterministic evaluator with arbitrary but fixed outputs: value and priors are pseudo-random
 * functions of the state's hash, so any bookkeeping error in search shows up as a wrong sum.
 */
public final class HashValueEvaluator implements Evaluator {

    @Override
    public List<Evaluation> evaluate(List<? extends State> states) {
        IntArrayList legal = new IntArrayList();
        List<Evaluation> out = new ArrayList<>();
        for (State s : states) {
            s.legalActions(legal);
            float[] priors = new float[s.game().numDistinctActions()];
            float sum = 0;
            for (int a : legal) {
                priors[a] = 0.1f + unit(s.hash() * 31 + a);
                sum += priors[a];
            }
            for (int a : legal) {
                priors[a] /= sum;
            }
            out.add(new Evaluation(priors, 2 * unit(s.hash()) - 1));
        }
        return out;
    }

    private static float unit(long x) {
        long z = x * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 31)) * 0xBF58476D1CE4E5B9L;
        return (z >>> 40) / (float) (1 << 24);
    }
}
