package org.epizero.analysis.games;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import org.epizero.analysis.tokens.InputFeatures;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;

/**
 * Board-conditioned moves at one position per move: what the {@code board} tokeniser shows (the
 * position before each move, from the mover's view, only the moves scored), with the board given
 * as the features of the position that precedes the move instead of as one token per cell. The
 * observer adds up one embedding per cell and state, so a move costs one position, as under the
 * {@code moves} tokeniser, however large the board: this is the layout that measures strategy
 * given the rules on connect four and Go at the budgets of the move tokeniser.
 *
 * <p>Tokens {@code BOS, a_1 .. a_n}, the result not coded (the rules decide it from the last
 * board). Vocabulary ({@code 1 + A} ids for a game of {@code A} distinct actions): 0 BOS (given),
 * {@code 1 + a} action a (scored). Features: {@code K} per position for a board of {@code K}
 * cells, cell {@code c} in state {@code s} ({@link BoardCells}: empty, the mover's, the
 * opponent's) written as {@code 3c + s}. BOS carries the initial board, move {@code k} the board
 * after it, from the view of the player to move next (after the last move: the player who did
 * not make it; that board is never an input, since the last token predicts nothing).
 */
public final class PositionTokeniser implements GameTokeniser {

    public static final int BOS = 0;
    public static final int ACTION_OFFSET = 1;

    private final Game game;
    private final int area;

    public PositionTokeniser(Game game) {
        this.area = new BoardCells(game).area();
        this.game = game;
    }

    @Override
    public String name() {
        return "position";
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
    public InputFeatures features() {
        return new InputFeatures(BoardCells.STATES * area, area);
    }

    @Override
    public int maxSequenceLength() {
        return 1 + game.maxGameLength();
    }

    @Override
    public int maxScoredTokens() {
        return game.maxGameLength();
    }

    @Override
    public TokenSequence tokenise(GameRecord record) {
        BoardCells board = new BoardCells(game);
        int[] cells = new int[area];
        IntArrayList tokens = new IntArrayList(1 + record.moves().size());
        IntArrayList features = new IntArrayList((1 + record.moves().size()) * area);
        tokens.add(BOS);
        int[] lastMover = {State.TERMINAL};
        State end = GameTokeniser.replay(game, record, (before, action) -> {
            // The board before this move is the feature of the position before it.
            addBoard(board, before, before.currentPlayer(), cells, features);
            tokens.add(ACTION_OFFSET + action);
            lastMover[0] = before.currentPlayer();
        });
        addBoard(board, end, lastMover[0] == State.TERMINAL ? 0 : 1 - lastMover[0], cells, features);
        boolean[] scored = new boolean[tokens.size()];
        Arrays.fill(scored, 1, scored.length, true);
        return new TokenSequence(tokens.toIntArray(), scored, area, features.toIntArray(), Double.NaN);
    }

    /** Appends the feature ids of {@code state} from {@code player}'s view. */
    static void addBoard(BoardCells board, State state, int player, int[] cells, IntArrayList features) {
        board.write(state, player, cells);
        for (int c = 0; c < cells.length; c++) {
            features.add(BoardCells.STATES * c + cells[c]);
        }
    }

    /** Boards rebuilt from the sampled moves, each move sampled among the legal ones. */
    @Override
    public SampleGrammar sampleGrammar() {
        return new PositionGrammar(this);
    }
}
