package org.epizero.games.tictactoe;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.eval.UniformEvaluator;
import org.epizero.engine.game.State;

/**
 * A perfect evaluator for tic-tac-toe: uniform priors over the legal moves and the exact
 * game-theoretic value for the player to move, from {@link TicTacToeSolver}. The reference that
 * search is tested against. Thread-safe.
 */
public final class TicTacToeOracleEvaluator implements Evaluator {

    private final TicTacToeSolver solver;

    public TicTacToeOracleEvaluator(TicTacToeSolver solver) {
        this.solver = solver;
    }

    public TicTacToeOracleEvaluator() {
        this(new TicTacToeSolver());
    }

    @Override
    public List<Evaluation> evaluate(List<? extends State> states) {
        IntArrayList legal = new IntArrayList();
        List<Evaluation> out = new ArrayList<>(states.size());
        for (State s : states) {
            if (!(s instanceof TicTacToeState t)) {
                throw new IllegalArgumentException("not a tic-tac-toe state: " + s.game());
            }
            out.add(new Evaluation(UniformEvaluator.uniformPriors(t, legal), solver.value(t)));
        }
        return out;
    }
}
