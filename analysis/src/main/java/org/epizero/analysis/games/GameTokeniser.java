package org.epizero.analysis.games;

import java.util.List;
import java.util.Locale;
import org.epizero.analysis.tokens.InputFeatures;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.RecordReplay;

/**
 * Turns a two-player game record into a token sequence. Implementations replay the record through
 * the rules, so a record with an illegal or unknown move is rejected rather than mis-tokenised.
 */
public interface GameTokeniser {

    /** The tokenisers by command-line name. */
    List<String> NAMES = List.of("moves", "board", "position");

    /** The name used on the command line and in results ("moves", "board" or "position"). */
    String name();

    /** The game whose records this tokeniser reads. */
    Game game();

    /** Token ids are {@code 0..vocabSize()-1}. */
    int vocabSize();

    /** The feature ids every position carries beside its token; none by default. */
    default InputFeatures features() {
        return InputFeatures.NONE;
    }

    /** Sequences this tokeniser wrote, as a corpus of its vocabulary and features. */
    default TokenCorpus corpus(List<TokenSequence> sequences) {
        return new TokenCorpus(sequences, vocabSize(), features());
    }

    /** The most scored tokens one record can yield: sizes corpora before they are generated. */
    int maxScoredTokens();

    /** The most tokens one record can yield, given ones included: sizes the observer's context. */
    int maxSequenceLength();

    /**
     * The tokens of one record.
     *
     * @throws IllegalArgumentException if the record belongs to another game, holds an illegal
     *     move, or does not end the game by the rules (a resigned self-play game does not: its
     *     result is not what the rules give its last position)
     */
    TokenSequence tokenise(GameRecord record);

    /** How a model writes synthetic records of this layout, for the requential estimator. */
    SampleGrammar sampleGrammar();

    /** The tokeniser called {@code name} for {@code game}. */
    static GameTokeniser of(String name, Game game) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "moves" -> new MoveTokeniser(game);
            case "board" -> new BoardTokeniser(game);
            case "position" -> new PositionTokeniser(game);
            default -> throw new IllegalArgumentException(
                    "unknown tokeniser '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }

    /**
     * Replays the record through the rules ({@link RecordReplay}), handing each action and the
     * state before it to {@code visitor}; returns the final state.
     *
     * @throws IllegalArgumentException also for a game of other than two players, and for a
     *     resigned game
     */
    static State replay(Game game, GameRecord record, RecordReplay.MoveVisitor visitor) {
        if (game.numPlayers() != 2) {
            throw new IllegalArgumentException("game records are tokenised for two-player games only, not " + game.spec());
        }
        if (record.resigned()) {
            throw new IllegalArgumentException("game " + record.index() + " was resigned at move " + record.resignation().move()
                    + ": tokenisers read games that end by the rules");
        }
        return RecordReplay.replay(game, record, visitor);
    }
}
