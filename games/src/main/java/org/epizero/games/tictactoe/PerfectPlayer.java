package org.epizero.games.tictactoe;

import it.unimi.dsi.fastutil.ints.IntList;
import java.util.SplittableRandom;
import org.epizero.engine.game.State;
import org.epizero.engine.play.Player;

/** Perfect tic-tac-toe: a uniformly random move among those that keep the game-theoretic value. */
public final class PerfectPlayer implements Player {

    private static final TicTacToeSolver SOLVER = new TicTacToeSolver();
    private final SplittableRandom random;

    public PerfectPlayer(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return "perfect";
    }

    @Override
    public int selectAction(State state) {
        IntList best = SOLVER.optimalMoves((TicTacToeState) state);
        return best.getInt(random.nextInt(best.size()));
    }
}
