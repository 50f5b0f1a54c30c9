package org.epizero.engine.records;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.random.Seeds;

/**
 * Plays games by choosing every move uniformly among the legal ones: the "bare rules" corpus.
 * Game {@code i} of a corpus depends only on the corpus seed and {@code i}, so any game can be
 * regenerated alone. Each record keeps the probability of each of its moves, {@code 1 / legal
 * moves}, so its exact probability under the bare rules is known.
 */
public final class RandomGames {

    private RandomGames() {
    }

    /** Game {@code index} of the corpus with seed {@code seed}. */
    public static GameRecord play(Game game, long seed, long index) {
        SplittableRandom random = new SplittableRandom(Seeds.randomGame(seed, index));
        State state = game.newInitialState();
        IntList legal = new IntArrayList();
        List<String> moves = new ArrayList<>();
        DoubleArrayList probabilities = new DoubleArrayList();
        while (!state.isTerminal()) {
            state.legalActions(legal);
            int action = legal.getInt(random.nextInt(legal.size()));
            probabilities.add(1.0 / legal.size());
            moves.add(game.formatAction(action));
            state.apply(action);
        }
        return new GameRecord(game.spec().toString(), moves, game.returns(state), 0, GenerationProtocol.uniformRandom(), seed, index, null, null,
                probabilities.toDoubleArray());
    }
}
