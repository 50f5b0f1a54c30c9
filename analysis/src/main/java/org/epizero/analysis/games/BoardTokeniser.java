package org.epizero.analysis.games;

import it.unimi.dsi.fastutil.booleans.BooleanArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.records.GameRecord;

/**
 * Board-conditioned moves: before each move the position is given as context, one token per cell
 * from the mover's view, and only the move is scored. This measures strategy given the rules: the
 * observer never pays for learning what the board is. {@code BOS, [c_1 .. c_K, a]} per move, with
 * {@code K} the board's cells; the result is not coded (the rules decide it from the last board).
 *
 * <p>Cells are read from the player to move's view ({@link BoardCells}). Vocabulary
 * ({@code 4 + A} ids for a game of {@code A} distinct actions):
 * <pre>
 * 0        BOS (given)
 * 1        empty cell (given)
 * 2        cell held by the player to move (given)
 * 3        cell held by the opponent (given)
 * 4 + a    action a (scored)
 * </pre>
 */
public final class BoardTokeniser implements GameTokeniser {

    public static final int BOS = 0;
    public static final int EMPTY = 1;
    public static final int OWN = 2;
    public static final int OPPONENT = 3;
    public static final int ACTION_OFFSET = 4;

    private final Game game;
    private final int area;

    public BoardTokeniser(Game game) {
        this.area = new BoardCells(game).area();
        this.game = game;
    }

    @Override
    public String name() {
        return "board";
    }

    @Override
    public Game game() {
        return game;
    }

    @Override
    public int vocabSize() {
        return ACTION_OFFSET + game.numDistinctActions();
    }

    @Override
    public int maxSequenceLength() {
        return 1 + game.maxGameLength() * tokensPerMove();
    }

    @Override
    public int maxScoredTokens() {
        return game.maxGameLength();
    }

    /** Tokens of one move: the board's cells and the move. */
    public int tokensPerMove() {
        return area + 1;
    }

    @Override
    public TokenSequence tokenise(GameRecord record) {
        BoardCells board = new BoardCells(game);
        int[] cells = new int[area];
        IntArrayList tokens = new IntArrayList(1 + record.moves().size() * (area + 1));
        BooleanArrayList scored = new BooleanArrayList(tokens.elements().length);
        tokens.add(BOS);
        scored.add(false);
        GameTokeniser.replay(game, record, (before, action) -> {
            board.write(before, before.currentPlayer(), cells);
            for (int c = 0; c < area; c++) {
                tokens.add(cellToken(cells[c]));
                scored.add(false);
            }
            tokens.add(ACTION_OFFSET + action);
            scored.add(true);
        });
        return new TokenSequence(tokens.toIntArray(), scored.toBooleanArray());
    }

    /** The token of a cell in state {@code cell} ({@link BoardCells}). */
    static int cellToken(int cell) {
        return EMPTY + cell;
    }

    /** Boards rebuilt from the sampled moves, each move sampled among the legal ones. */
    @Override
    public SampleGrammar sampleGrammar() {
        return new BoardGrammar(this);
    }
}
