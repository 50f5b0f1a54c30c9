package org.epizero.games;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import org.epizero.engine.game.State;

/** Brute-force one- and two-ply facts about a position, used as ground truth for search tests. */
public final class ImmediateThreats {

    private ImmediateThreats() {
    }

    /** The moves that win the game at once for the player to move. */
    public static IntList winningMoves(State state) {
        int mover = state.currentPlayer();
        IntList out = new IntArrayList();
        for (int a : legal(state)) {
            State child = state.copy();
            child.apply(a);
            if (child.isTerminal() && child.returns(mover) > 0) {
                out.add(a);
            }
        }
        return out;
    }

    /** The moves after which the opponent has no immediately winning reply. */
    public static IntList safeMoves(State state) {
        IntList out = new IntArrayList();
        for (int a : legal(state)) {
            State child = state.copy();
            child.apply(a);
            if (child.isTerminal() || winningMoves(child).isEmpty()) {
                out.add(a);
            }
        }
        return out;
    }

    /** The legal moves of {@code state}. */
    public static IntList legal(State state) {
        IntArrayList out = new IntArrayList();
        state.legalActions(out);
        return out;
    }
}
