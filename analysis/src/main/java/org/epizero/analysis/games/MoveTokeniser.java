package org.epizero.analysis.games;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;

/**
 * The raw move sequence: {@code BOS, m_1 .. m_n, result, EOS}, each move written as the cell it
 * fills ({@link State#placement}). The observer has to learn the rules along with any strategy.
 * Every token but BOS is scored.
 *
 * <p>Moves are cells rather than action ids because a rule is then a local pattern of tokens: a
 * connect-four column stands for one of six cells depending on the whole history. With column
 * tokens, an observer of 0.1 M parameters coded random connect-four games 6.6% above their exact
 * entropy after 10 M tokens, with cell tokens 3.1% (one seed each; analysis/RESULTS.md). Below about
 * 2 M tokens the columns' smaller vocabulary codes better, and neither has learned the rules there.
 *
 * <p>Vocabulary ({@code 5 + P} ids for a game of {@code P} placements):
 * <pre>
 * 0        BOS (given, never scored)
 * 1        result: the first player won
 * 2        result: draw
 * 3        result: the second player won
 * 4        EOS
 * 5 + p    the move that fills placement p
 * </pre>
 */
public final class MoveTokeniser implements GameTokeniser {

    public static final int BOS = 0;
    public static final int FIRST_PLAYER_WINS = 1;
    public static final int DRAW = 2;
    public static final int SECOND_PLAYER_WINS = 3;
    public static final int EOS = 4;
    public static final int MOVE_OFFSET = 5;

    private final Game game;

    public MoveTokeniser(Game game) {
        this.game = game;
    }

    @Override
    public String name() {
        return "moves";
    }

    @Override
    public Game game() {
        return game;
    }

    @Override
    public int vocabSize() {
        return MOVE_OFFSET + game.numPlacements();
    }

    @Override
    public int maxSequenceLength() {
        return game.maxGameLength() + 3;
    }

    @Override
    public int maxScoredTokens() {
        return game.maxGameLength() + 2;
    }

    @Override
    public TokenSequence tokenise(GameRecord record) {
        IntArrayList tokens = new IntArrayList(record.moves().size() + 3);
        tokens.add(BOS);
        State end = GameTokeniser.replay(game, record, (before, action) -> tokens.add(MOVE_OFFSET + before.placement(action)));
        tokens.add(resultToken(end.returns(0), end.returns(1)));
        tokens.add(EOS);
        boolean[] scored = new boolean[tokens.size()];
        Arrays.fill(scored, 1, scored.length, true);
        return new TokenSequence(tokens.toIntArray(), scored);
    }

    /** BOS, then every token sampled up to EOS, at most as long as the longest record. */
    @Override
    public SampleGrammar sampleGrammar() {
        return new MoveGrammar(maxScoredTokens() + 1);
    }

    /** The result token for the two players' final returns, compared with each other. */
    static int resultToken(double first, double second) {
        int c = Double.compare(first, second);
        return c > 0 ? FIRST_PLAYER_WINS : c == 0 ? DRAW : SECOND_PLAYER_WINS;
    }
}
