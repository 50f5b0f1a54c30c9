package org.epizero.engine.game;

import it.unimi.dsi.fastutil.ints.IntList;

/**
 * One position of a game together with whatever history the rules need (for example the
 * superko history in Go). States are mutable: {@link #apply} changes this state in place and
 * {@link #copy} makes an independent one, so search can copy once per simulation and then
 * play without allocating.
 *
 * <p>Values are never "from the board's canonical view": {@link #returns(int)} is indexed by
 * player, and observations are encoded from an explicitly named player's view.
 */
public interface State {

    /** Marks "no player to move" once the game is over. */
    int TERMINAL = -1;

    /** The game this state belongs to. */
    Game game();

    /** The player to move, or {@link #TERMINAL} when the game is over. */
    int currentPlayer();

    /** Whether the game is over. */
    boolean isTerminal();

    /** Clears {@code out} and fills it with the legal actions in increasing order (empty at a terminal state). */
    void legalActions(IntList out);

    /** Whether {@code action} is legal here. */
    boolean isLegal(int action);

    /**
     * Plays {@code action} for the player to move.
     *
     * @throws IllegalArgumentException if the action is illegal here; the state is then unchanged
     */
    void apply(int action);

    /**
     * The cell the legal move {@code action} fills here, an index in
     * {@code [0, game().numPlacements())}; distinct legal actions fill distinct cells. Observers of
     * game records read moves this way so that a move names the same cell whatever the history (a
     * connect-four column is one of six cells depending on the discs already in it). By default
     * the action itself.
     */
    default int placement(int action) {
        return action;
    }

    /** An independent copy: applying moves to either never affects the other. */
    State copy();

    /** Number of moves played since the initial state. */
    int moveNumber();

    /**
     * The final reward of {@code player}: +1 win, -1 loss, 0 draw for the two-player games here.
     * Zero for every player while the game is not over.
     */
    double returns(int player);

    /**
     * Writes the observation tensor (layout {@link Game#observationShape()}, planes-major) as seen
     * by {@code player}, starting at {@code out[offset]}.
     */
    void writeObservation(int player, float[] out, int offset);

    /**
     * A 64-bit Zobrist hash of everything that decides the observation and the legal actions,
     * including the player to move. Equal states have equal hashes.
     */
    long hash();

    /** A human-readable drawing of the position. */
    String render();
}
