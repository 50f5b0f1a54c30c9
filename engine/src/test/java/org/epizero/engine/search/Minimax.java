package org.epizero.engine.search;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import org.epizero.engine.game.State;

/** Plain exhaustive minimax over any small two-player game, from a named player's view. */
final class Minimax {

    private Minimax() {
    }

    /** The game-theoretic value of {@code state} for {@code player}. */
    static int value(State state, int player) {
        if (state.isTerminal()) {
            return (int) Math.signum(state.returns(player));
        }
        boolean maximise = state.currentPlayer() == player;
        int best = maximise ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        IntArrayList legal = new IntArrayList();
        state.legalActions(legal);
        for (int a : legal) {
            State child = state.copy();
            child.apply(a);
            int v = value(child, player);
            best = maximise ? Math.max(best, v) : Math.min(best, v);
        }
        return best;
    }

    /** The actions that keep the mover's game-theoretic value. */
    static IntList optimalMoves(State state) {
        int mover = state.currentPlayer();
        int best = value(state, mover);
        IntArrayList legal = new IntArrayList();
        state.legalActions(legal);
        IntList optimal = new IntArrayList();
        for (int a : legal) {
            State child = state.copy();
            child.apply(a);
            if (value(child, mover) == best) {
                optimal.add(a);
            }
        }
        return optimal;
    }
}
