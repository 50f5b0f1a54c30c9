package org.epizero.engine.records;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One finished (length-capped or resigned) game as stored in a corpus: one JSON line per game. Moves are
 * in the game's own notation so a record is readable and replayable without the engine's action
 * numbering; {@code returns} is indexed by player (player 0 moved first).
 *
 * @param game the canonical game spec, e.g. {@code go(size=9,komi=7.5)}
 * @param moves the moves in order, in the game's notation
 * @param returns the final reward of each player
 * @param step the training step of the generator (0 for untrained generators)
 * @param protocol how the moves were chosen
 * @param seed the seed the generating process started from
 * @param index the game's position in its corpus, so a game can be regenerated
 * @param visits optional per-move search visit distributions over all actions (null when not kept;
 *     a null entry for a move whose search is no training target, such as a fast search under a
 *     playout cap)
 * @param rootValues optional per-move search root values, each from the view of the player who
 *     made that move (null when not kept)
 * @param moveProbabilities optional per-move probability with which the generator chose each move
 *     given the game so far, each in {@code (0, 1]} (null when not known). Their product is the
 *     exact probability of the whole game under its generator, so {@code -sum log2 p} is the
 *     reference code length an observer is compared with
 * @param resignation the resignation signal of a self-play game (null when there was none): a
 *     resigned game ends there, before the rules end it, and is lost by the resigning player
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GameRecord(
        String game,
        List<String> moves,
        double[] returns,
        long step,
        GenerationProtocol protocol,
        long seed,
        long index,
        List<float[]> visits,
        float[] rootValues,
        double[] moveProbabilities,
        Resignation resignation) {

    /**
     * @throws IllegalArgumentException if {@code moveProbabilities} is given but does not hold one
     *     probability in {@code (0, 1]} per move, or a resignation does not fit the game: after
     *     its last move, or, for a game that was not played out, by a player it does not count lost
     */
    @JsonCreator
    public GameRecord {
        moves = List.copyOf(moves);
        returns = returns.clone();
        visits = visits == null ? null : Collections.unmodifiableList(new ArrayList<>(visits));
        rootValues = rootValues == null ? null : rootValues.clone();
        if (moveProbabilities != null) {
            if (moveProbabilities.length != moves.size()) {
                throw new IllegalArgumentException(moveProbabilities.length + " move probabilities for " + moves.size() + " moves");
            }
            for (int i = 0; i < moveProbabilities.length; i++) {
                double p = moveProbabilities[i];
                if (!(p > 0 && p <= 1)) {
                    throw new IllegalArgumentException("move " + i + " has probability " + p + ", outside (0, 1]");
                }
            }
            moveProbabilities = moveProbabilities.clone();
        }
        if (resignation != null) {
            if (resignation.player() >= returns.length || resignation.move() > moves.size()) {
                throw new IllegalArgumentException("resignation by player " + resignation.player() + " at move " + resignation.move()
                        + " in a game of " + returns.length + " players and " + moves.size() + " moves");
            }
            if (!resignation.playedOut() && (resignation.move() != moves.size() || !(returns[resignation.player()] < 0))) {
                throw new IllegalArgumentException("a resigned game ends at the resignation and is lost by the resigning player");
            }
        }
    }

    /** A record without a resignation. */
    public GameRecord(String game, List<String> moves, double[] returns, long step, GenerationProtocol protocol, long seed, long index,
            List<float[]> visits, float[] rootValues, double[] moveProbabilities) {
        this(game, moves, returns, step, protocol, seed, index, visits, rootValues, moveProbabilities, null);
    }

    /** Whether the game ended by resignation rather than by the rules. */
    @JsonIgnore
    public boolean resigned() {
        return resignation != null && !resignation.playedOut();
    }
}
