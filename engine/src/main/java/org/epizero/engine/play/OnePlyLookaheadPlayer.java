package org.epizero.engine.play;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.SplittableRandom;
import org.epizero.engine.game.State;

/**
 * Takes a move that wins at once; otherwise avoids moves after which the opponent can win at once
 * (blocking a threat); otherwise plays at random among the remaining moves. The baseline that
 * a connect-four agent must beat.
 */
public final class OnePlyLookaheadPlayer implements Player {

    private final SplittableRandom random;
    private final IntList legal = new IntArrayList();
    private final IntList replies = new IntArrayList();
    private final IntList safe = new IntArrayList();

    public OnePlyLookaheadPlayer(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return "one-ply";
    }

    @Override
    public int selectAction(State state) {
        int me = state.currentPlayer();
        state.legalActions(legal);
        safe.clear();
        for (int i = 0; i < legal.size(); i++) {
            int action = legal.getInt(i);
            State child = state.copy();
            child.apply(action);
            if (child.isTerminal() && child.returns(me) > 0) {
                return action;
            }
            if (!opponentWinsAtOnce(child, me)) {
                safe.add(action);
            }
        }
        IntList pool = safe.isEmpty() ? legal : safe;
        return pool.getInt(random.nextInt(pool.size()));
    }

    private boolean opponentWinsAtOnce(State child, int me) {
        if (child.isTerminal() || child.currentPlayer() == me) {
            return false;
        }
        child.legalActions(replies);
        for (int i = 0; i < replies.size(); i++) {
            State grandchild = child.copy();
            grandchild.apply(replies.getInt(i));
            if (grandchild.isTerminal() && grandchild.returns(me) < 0) {
                return true;
            }
        }
        return false;
    }
}
