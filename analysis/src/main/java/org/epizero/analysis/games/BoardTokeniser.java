package org.epizero.analysis.games;

import it.unimi.dsi.fastutil.booleans.BooleanArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;

/**
 * Board-conditioned moves: before each move the position is given as context, one token per cell
 * from the mover's view, and only the move is scored. This measures strategy given the rules: the
 * observer never pays for learning what the board is. {@code BOS, [c_1 .. c_K, a]} per move, with
 * {@code K} the board's cells; the result is not coded (the rules decide it from the last board).
 *
 * <p>Cells come from the first two planes of {@link State#writeObservation} for the player to move,
 * which by the engine's convention hold that player's pieces and the opponent's. Vocabulary
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
    private final ObservationShape shape;

    public BoardTokeniser(Game game) {
        ObservationShape s = game.observationShape();
        if (s.planes() < 2) {
            throw new IllegalArgumentException(game.spec() + " has fewer than two observation planes; it has no board to show");
        }
        this.game = game;
        this.shape = s;
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
        return shape.area() + 1;
    }

    @Override
    public TokenSequence tokenise(GameRecord record) {
        int area = shape.area();
        float[] planes = new float[shape.size()];
        IntArrayList tokens = new IntArrayList(1 + record.moves().size() * (area + 1));
        BooleanArrayList scored = new BooleanArrayList(tokens.elements().length);
        tokens.add(BOS);
        scored.add(false);
        GameTokeniser.replay(game, record, (before, action) -> {
            before.writeObservation(before.currentPlayer(), planes, 0);
            for (int c = 0; c < area; c++) {
                tokens.add(planes[c] > 0.5f ? OWN : planes[area + c] > 0.5f ? OPPONENT : EMPTY);
                scored.add(false);
            }
            tokens.add(ACTION_OFFSET + action);
            scored.add(true);
        });
        return new TokenSequence(tokens.toIntArray(), scored.toBooleanArray());
    }

    /** Boards rebuilt from the sampled moves, each move sampled among the legal ones. */
    @Override
    public SampleGrammar sampleGrammar() {
        return new BoardGrammar(this);
    }
}
