package org.epizero.engine.nn;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/** Non-terminal positions reached by random play, for tests. */
final class Positions {

    private Positions() {
    }

    static List<State> random(Game game, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IntArrayList legal = new IntArrayList();
        List<State> out = new ArrayList<>(count);
        while (out.size() < count) {
            State s = game.newInitialState();
            int moves = random.nextInt(game.maxGameLength());
            for (int m = 0; m < moves && !s.isTerminal(); m++) {
                s.legalActions(legal);
                s.apply(legal.getInt(random.nextInt(legal.size())));
            }
            if (!s.isTerminal()) {
                out.add(s);
            }
        }
        return out;
    }
}
