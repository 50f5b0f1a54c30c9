package org.epizero.engine.play;

import java.util.List;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.State;

/** Plays the raw policy's most probable legal move, without search: what the network alone has learnt. */
public final class PolicyPlayer implements Player {

    private final String name;
    private final Evaluator network;

    public PolicyPlayer(String name, Evaluator network) {
        this.name = name;
        this.network = network;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int selectAction(State state) {
        float[] priors = network.evaluate(List.of(state)).get(0).priors();
        int best = -1;
        for (int a = 0; a < priors.length; a++) {
            if (state.isLegal(a) && (best < 0 || priors[a] > priors[best])) {
                best = a;
            }
        }
        return best;
    }
}
