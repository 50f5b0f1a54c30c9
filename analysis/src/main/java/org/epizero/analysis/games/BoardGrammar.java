package org.epizero.analysis.games;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.NextToken;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * Synthetic board-conditioned games ({@link BoardTokeniser}): BOS, then for every move the board
 * of the current position given, cell by cell as the tokeniser writes it, rebuilt through the
 * rules from the moves sampled so far, and the move sampled among the legal moves only, until the
 * game ends by the rules. The model's distribution over a move is renormalised over the legal
 * moves, so a requential code built on this grammar transmits the model restricted to legal moves,
 * and its KL is taken against that restricted distribution with the student restricted alike (the
 * rules are given in this layout, as the board is).
 */
public final class BoardGrammar implements SampleGrammar {

    private final Game game;

    /** The grammar of the records {@code tokeniser} writes. */
    public BoardGrammar(BoardTokeniser tokeniser) {
        this.game = tokeniser.game();
    }

    @Override
    public Draft begin(SplittableRandom random) {
        return new Draft() {
            private final State state = game.newInitialState();
            private final BoardCells board = new BoardCells(game);
            private final int area = board.area();
            private final int[] cells = new int[area];
            private final IntArrayList legal = new IntArrayList();
            private boolean started;
            private int cell;

            @Override
            public NextToken next() {
                if (!started) {
                    return NextToken.given(BoardTokeniser.BOS);
                }
                if (state.isTerminal()) {
                    return NextToken.END;
                }
                if (cell < area) {
                    return NextToken.given(BoardTokeniser.cellToken(cells[cell]));
                }
                return LegalMoves.sampledAmong(state, legal, BoardTokeniser.ACTION_OFFSET);
            }

            @Override
            public void accept(int token) {
                if (!started) {
                    started = true;
                    writeBoard();
                } else if (cell < area) {
                    cell++;
                } else {
                    state.apply(token - BoardTokeniser.ACTION_OFFSET);
                    writeBoard();
                }
            }

            /** The cells of the position to move in, exactly as {@link BoardTokeniser#tokenise} writes them. */
            private void writeBoard() {
                cell = 0;
                if (state.isTerminal()) {
                    return;
                }
                board.write(state, state.currentPlayer(), cells);
            }
        };
    }
}
