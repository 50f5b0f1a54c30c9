package org.epizero.games.othello;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.SplittableRandom;
import org.epizero.engine.game.State;
import org.epizero.engine.play.Player;

/**
 * Othello's yardstick opponent: a depth-limited alpha-beta search whose only knowledge is the disc
 * count. Depth 1 is the greedy player (the move that turns the most discs). A finished game is
 * scored by its margin above any unfinished one, so within its horizon the search plays exactly,
 * and with a horizon beyond the last move it plays perfectly. Equal best moves are chosen at random.
 */
public final class DiscCountPlayer implements Player {

    /** Above any disc difference, so that a won (lost) end beats (trails) every open position. */
    private static final int DECIDED = 1 << 10;
    private static final int INFINITY = 1 << 20;

    private final int depth;
    private final SplittableRandom random;

    /**
     * @param depth plies searched, passes included; at least 1
     * @param seed  breaks ties between equal best moves
     */
    public DiscCountPlayer(int depth, long seed) {
        if (depth < 1) {
            throw new IllegalArgumentException("search depth must be at least 1, got " + depth);
        }
        this.depth = depth;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return depth == 1 ? "greedy" : "minimax(" + depth + ")";
    }

    @Override
    public int selectAction(State state) {
        IntArrayList moves = new IntArrayList();
        state.legalActions(moves);
        int mover = state.currentPlayer();
        IntArrayList best = new IntArrayList();
        int bestValue = -INFINITY;
        for (int i = 0; i < moves.size(); i++) {
            OthelloState child = (OthelloState) state.copy();
            child.apply(moves.getInt(i));
            // A window just below the best so far keeps the values of ties exact.
            int value = -negamax(child, mover ^ 1, depth - 1, -INFINITY, -(bestValue - 1));
            if (value > bestValue) {
                bestValue = value;
                best.clear();
            }
            if (value == bestValue) {
                best.add(moves.getInt(i));
            }
        }
        return best.getInt(random.nextInt(best.size()));
    }

    /**
     * The value of {@code s} for {@code player}, whose turn it is (every move, a pass too, hands
     * the turn over, so the caller knows it even where the game has ended), exact inside (alpha, beta).
     */
    private static int negamax(OthelloState s, int player, int depth, int alpha, int beta) {
        int margin = s.discCount(player) - s.discCount(player ^ 1);
        if (s.isTerminal()) {
            return Integer.signum(margin) * DECIDED + margin;
        }
        if (depth == 0) {
            return margin;
        }
        IntArrayList moves = new IntArrayList();
        s.legalActions(moves);
        int best = -INFINITY;
        for (int i = 0; i < moves.size(); i++) {
            OthelloState child = s.copy();
            child.apply(moves.getInt(i));
            int value = -negamax(child, player ^ 1, depth - 1, -beta, -alpha);
            if (value > best) {
                best = value;
                if (value > alpha) {
                    alpha = value;
                    if (alpha >= beta) {
                        break;
                    }
                }
            }
        }
        return best;
    }
}
