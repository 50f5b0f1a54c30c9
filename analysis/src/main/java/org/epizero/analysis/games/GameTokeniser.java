package org.epizero.analysis.games;

import java.util.List;
import java.util.Locale;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;

/**
 * Turns a two-player game record into a token sequence. Implementations replay the record through
 * the rules, so a record with an illegal or unknown move is rejected rather than mis-tokenised.
 */
public interface GameTokeniser {

    /** The tokenisers by command-line name. */
    List<String> NAMES = List.of("moves", "board");

    /** The name used on the command line and in results ("moves" or "board"). */
    String name();

    /** The game whose records this tokeniser reads. */
    Game game();

    /** Token ids are {@code 0..vocabSize()-1}. */
    int vocabSize();

    /** The most scored tokens one record can yield: sizes corpora before they are generated. */
    int maxScoredTokens();

    /** The most tokens one record can yield, given ones included: sizes the observer's context. */
    int maxSequenceLength();

    /**
     * The tokens of one record.
     *
     * @throws IllegalArgumentException if the record belongs to another game, holds an illegal
     *     move, or does not end the game
     */
    TokenSequence tokenise(GameRecord record);

    /** How a model writes synthetic records of this layout, for the requential estimator. */
    SampleGrammar sampleGrammar();

    /** The tokeniser called {@code name} for {@code game}. */
    static GameTokeniser of(String name, Game game) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "moves" -> new MoveTokeniser(game);
            case "board" -> new BoardTokeniser(game);
            default -> throw new IllegalArgumentException(
                    "unknown tokeniser '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }

    /**
     * Replays the record's moves from the initial state, handing each action and the state before
     * it to {@code visitor}; returns the final state.
     */
    static State replay(Game game, GameRecord record, MoveVisitor visitor) {
        if (!game.spec().toString().equals(record.game())) {
            throw new IllegalArgumentException("record of " + record.game() + " given to a tokeniser of " + game.spec());
        }
        if (game.numPlayers() != 2) {
            throw new IllegalArgumentException("game records are tokenised for two-player games only, not " + game.spec());
        }
        State state = game.newInitialState();
        for (String move : record.moves()) {
            int action = game.parseAction(move);
            if (!state.isLegal(action)) {
                throw new IllegalArgumentException("illegal move " + move + " at move " + state.moveNumber());
            }
            visitor.beforeMove(state, action);
            state.apply(action);
        }
        if (!state.isTerminal()) {
            throw new IllegalArgumentException("record ends before the game does, after " + record.moves().size() + " moves");
        }
        return state;
    }

    /** Sees each move of a replayed record with the position it was played in. */
    @FunctionalInterface
    interface MoveVisitor {
        void beforeMove(State before, int action);
    }
}
