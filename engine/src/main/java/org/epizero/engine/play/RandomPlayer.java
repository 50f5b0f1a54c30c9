package org.epizero.engine.play;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.SplittableRandom;
import org.epizero.engine.game.State;

/** Plays uniformly among the legal moves: the anchor (rating 0) of every Elo scale here. */
public final class RandomPlayer implements Player {

    private final SplittableRandom random;
    private final IntList legal = new IntArrayList();

    public RandomPlayer(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public int selectAction(State state) {
        state.legalActions(legal);
        return legal.getInt(random.nextInt(legal.size()));
    }
}
