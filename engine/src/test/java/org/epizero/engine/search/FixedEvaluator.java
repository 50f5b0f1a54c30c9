package org.epizero.engine.search;

import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.State;

/** The same priors and value for every state, so a search's visits can be worked out by hand. */
final class FixedEvaluator implements Evaluator {

    private final float[] priors;
    private final float value;

    FixedEvaluator(float[] priors, float value) {
        this.priors = priors.clone();
        this.value = value;
    }

    @Override
    public List<Evaluation> evaluate(List<? extends State> states) {
        List<Evaluation> out = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            out.add(new Evaluation(priors.clone(), value));
        }
        return out;
    }
}
