package org.epizero.analysis.games;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.epizero.analysis.tokens.NextToken;
import org.epizero.engine.game.State;

/** The next token of a board-conditioned grammar: a move sampled among the legal ones. */
final class LegalMoves {

    private LegalMoves() {}

    /**
     * A token sampled among the legal actions of {@code state}, written as {@code actionOffset + a};
     * {@code scratch} is overwritten.
     */
    static NextToken sampledAmong(State state, IntArrayList scratch, int actionOffset) {
        state.legalActions(scratch);
        int[] allowed = new int[scratch.size()];
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = actionOffset + scratch.getInt(i);
        }
        return NextToken.sampledFrom(allowed);
    }
}
