package org.epizero.selfplay.evaluate;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.epizero.engine.play.Player;
import org.epizero.games.tictactoe.TicTacToe;
import org.epizero.games.tictactoe.TicTacToeSolver;
import org.epizero.games.tictactoe.TicTacToeState;

/**
 * Checks a player against perfect play in every reachable non-terminal tic-tac-toe position
 * (4,520 of them): the share of positions where its move keeps the game-theoretic value.
 */
public final class TicTacToeOptimality {

    /** How many positions were checked and in how many the move was optimal; a few failures as examples. */
    public record Report(int positions, int optimal, List<String> examples) {

        public double share() {
            return optimal / (double) positions;
        }
    }

    private TicTacToeOptimality() {
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
