package org.epizero.games.tictactoe;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.epizero.engine.play.Player;
import org.epizero.engine.services.EvaluationReport;
import org.epizero.engine.services.PlayerEvaluation;

/**
 * Checks a player against perfect play in every reachable non-terminal tic-tac-toe position
 * (4,520 of them): the share of positions where its move keeps the game-theoretic value.
 */
public final class TicTacToeOptimality implements PlayerEvaluation {

    /** How many positions were checked and in how many the move was optimal; a few failures as examples. */
    public record Report(int positions, int optimal, List<String> examples) {

        public double share() {
            return optimal / (double) positions;
        }
    }

    @Override
    public String name() {
        return "optimality";
    }

    @Override
    public String description() {
        return "share of the 4,520 non-terminal positions where the move keeps the solved value";
    }

    /** The share of optimal moves as one line, a few failures as further lines; every position is checked, so the seed is unused. */
    @Override
    public EvaluationReport evaluate(Player player, long seed) {
        Report r = check(player);
        return new EvaluationReport(String.format("optimal in %d of %d positions (%.2f%%)", r.optimal(), r.positions(), 100 * r.share()),
                r.examples().stream().map(e -> "e.g. " + e).toList());
    }

    /** Every reachable non-terminal position, each once. */
    public static List<TicTacToeState> positions() {
        List<TicTacToeState> all = new ArrayList<>();
        LongOpenHashSet seen = new LongOpenHashSet();
        Deque<TicTacToeState> todo = new ArrayDeque<>();
        todo.add(TicTacToe.instance().newInitialState());
        IntList legal = new IntArrayList();
        while (!todo.isEmpty()) {
            TicTacToeState s = todo.poll();
            if (s.isTerminal() || !seen.add(s.hash())) {
                continue;
            }
            all.add(s);
            s.legalActions(legal);
            for (int i = 0; i < legal.size(); i++) {
                TicTacToeState child = s.copy();
                child.apply(legal.getInt(i));
                todo.add(child);
            }
        }
        return all;
    }

    /** Asks {@code player} for a move in every position and compares with the solver. */
    public static Report check(Player player) {
        TicTacToeSolver solver = new TicTacToeSolver();
        List<TicTacToeState> positions = positions();
        int optimal = 0;
        List<String> examples = new ArrayList<>();
        for (TicTacToeState s : positions) {
            int move = player.selectAction(s.copy());
            if (solver.optimalMoves(s).contains(move)) {
                optimal++;
            } else if (examples.size() < 5) {
                examples.add(s.render().replace('\n', '/') + " played " + TicTacToe.instance().formatAction(move)
                        + ", optimal " + solver.optimalMoves(s).intStream().mapToObj(a -> TicTacToe.instance().formatAction(a)).toList());
            }
        }
        return new Report(positions.size(), optimal, examples);
    }
}
