package org.epizero.analysis.games;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.NextToken;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * Synthetic games in the {@link PositionTokeniser} layout: BOS given, then every move sampled among
 * the legal moves of the position rebuilt through the rules, until the game ends by the rules;
 * each accepted token's features are the board after it, exactly as the tokeniser writes them.
 * As with {@link BoardGrammar}, the model's distribution over a move is renormalised over the
 * legal moves: the rules are given in this layout, as the board is.
 */
public final class PositionGrammar implements SampleGrammar {

    private final Game game;

    /** The grammar of the records {@code tokeniser} writes. */
    public PositionGrammar(PositionTokeniser tokeniser) {
        this.game = tokeniser.game();
    }

    @Override
    public Draft begin(SplittableRandom random) {
        return new Draft() {
            private final State state = game.newInitialState();
            private final BoardCells board = new BoardCells(game);
            private final int[] cells = new int[board.area()];
            private final IntArrayList shown = new IntArrayList(board.area());
            private final IntArrayList legal = new IntArrayList();
            private boolean started;

            @Override
            public NextToken next() {
                if (!started) {
                    return NextToken.given(PositionTokeniser.BOS);
                }
                if (state.isTerminal()) {
                    return NextToken.END;
                }
                return LegalMoves.sampledAmong(state, legal, PositionTokeniser.ACTION_OFFSET);
            }

            @Override
            public void accept(int token) {
                int viewer = 0;
                if (started) {
                    int mover = state.currentPlayer();
                    state.apply(token - PositionTokeniser.ACTION_OFFSET);
                    viewer = state.isTerminal() ? 1 - mover : state.currentPlayer();
                } else {
                    started = true;
                    viewer = state.currentPlayer();
                }
                shown.clear();
                PositionTokeniser.addBoard(board, state, viewer, cells, shown);
            }

            @Override
            public int[] features() {
                return shown.toIntArray();
            }
        };
    }
}
