package org.epizero.engine.game;

import java.util.List;
import org.epizero.engine.services.GameServices;

/**
 * The static description of a game: its parameters, action space, observation layout and
 * symmetries. A {@code Game} is immutable and thread-safe; every play-through lives in a
 * {@link State} made by {@link #newInitialState()}.
 *
 * <p>Actions are integers in {@code [0, numDistinctActions())}, the same index space for every
 * state, so a policy is one vector of that length (as in OpenSpiel).
 */
public interface Game {

    /** The spec this game was built from, with every parameter filled in (its canonical name). */
    GameSpec spec();

    /** Size of the action index space; policies are vectors of this length. */
    int numDistinctActions();

    /**
     * Size of the index space of {@link State#placement}: the cells a move can fill (plus any
     * moves that fill none, such as a pass). By default the action space itself, for games whose
     * actions already name cells.
     */
    default int numPlacements() {
        return numDistinctActions();
    }

    /** Number of players; players are numbered {@code 0..numPlayers()-1}, 0 moves first. */
    int numPlayers();

    /** Every player's {@link State#returns(int)} in {@code state}, indexed by player, as game records keep them. */
    default double[] returns(State state) {
        double[] returns = new double[numPlayers()];
        for (int p = 0; p < returns.length; p++) {
            returns[p] = state.returns(p);
        }
        return returns;
    }

    /** Shape of the tensor written by {@link State#writeObservation}. */
    ObservationShape observationShape();

    /** No game lasts more moves than this (a hard cap that the rules enforce). */
    int maxGameLength();

    /**
     * The board symmetries under which the rules are invariant, identity first. Each maps
     * observation cells and actions together.
     */
    List<Symmetry> symmetries();

    /** A fresh state at the start of the game. */
    State newInitialState();

    /** The action in the game's usual notation, e.g. {@code "4"} in connect four, {@code "D4"} in Go. */
    String formatAction(int action);

    /**
     * Parses an action written in the game's notation (case-insensitive).
     *
     * @throws IllegalArgumentException if the text names no action of this game
     */
    int parseAction(String text);

    /** What the game offers beyond its rules (reference players, evaluations, exporters, ...); none by default. */
    default GameServices services() {
        return GameServices.NONE;
    }
}
