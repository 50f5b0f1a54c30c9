package org.epizero.engine.records;

import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * Replays a game record through the rules, the one check every reader of records relies on: the
 * record is of this game, every move is legal where it was played, and the game is over at its
 * end unless the record says it was resigned there. Errors name the move in the game's notation and its number in the record.
 */
public final class RecordReplay {

    private RecordReplay() {}

    /** Sees each move of a replayed record with the position it was played in (not to be changed). */
    @FunctionalInterface
    public interface MoveVisitor {
        void beforeMove(State before, int action);
    }

    /**
     * Replays {@code record}, handing each move and the state before it to {@code visitor}; returns
     * the final state.
     *
     * @throws IllegalArgumentException if the record is of another game, holds a move that is
     *     unknown or illegal where it stands, or ends before the game does without a resignation
     */
    public static State replay(Game game, GameRecord record, MoveVisitor visitor) {
        if (!game.spec().toString().equals(record.game())) {
            throw new IllegalArgumentException("a record of " + record.game() + ", not of " + game.spec());
        }
        State state = game.newInitialState();
        for (String move : record.moves()) {
            int action = game.parseAction(move);
            if (!state.isLegal(action)) {
                throw new IllegalArgumentException("move " + (state.moveNumber() + 1) + " of the record, " + move + ", is illegal there");
            }
            visitor.beforeMove(state, action);
            state.apply(action);
        }
        if (!state.isTerminal() && !record.resigned()) {
            throw new IllegalArgumentException("the record ends before the game does, after " + record.moves().size() + " moves");
        }
        return state;
    }
}
