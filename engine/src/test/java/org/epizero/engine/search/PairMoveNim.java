package org.epizero.engine.search;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameSpec;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.State;
import org.epizero.engine.game.Symmetry;

/**
 * A test game in which players do not alternate: each player makes two moves in a row
 * (order 0, 0, 1, 1, 0, 0, ...). A pile of stones; a move takes one stone (action 0) or two
 * (action 1); whoever takes the last stone wins.
 */
final class PairMoveNim implements Game {

    private final int stones;

    PairMoveNim(int stones) {
        this.stones = stones;
    }

    @Override
    public GameSpec spec() {
        return GameSpec.of("pair-move-nim");
    }

    @Override
    public int numDistinctActions() {
        return 2;
    }

    @Override
    public int numPlayers() {
        return 2;
    }

    @Override
    public ObservationShape observationShape() {
        return new ObservationShape(1, 1, 1);
    }

    @Override
    public int maxGameLength() {
        return stones;
    }

    @Override
    public List<Symmetry> symmetries() {
        return List.of(Symmetry.identity(1, 2));
    }

    @Override
    public State newInitialState() {
        return new Position(this, stones, 0, -1);
    }

    @Override
    public String formatAction(int action) {
        return Integer.toString(action + 1);
    }

    @Override
    public int parseAction(String text) {
        return Integer.parseInt(text.strip()) - 1;
    }

    /** The player to move at move {@code move}. */
    static int playerAt(int move) {
        return (move >> 1) & 1;
    }

    private static final class Position implements State {
        private final PairMoveNim game;
        private int left;
        private int moves;
        private int winner;

        Position(PairMoveNim game, int left, int moves, int winner) {
            this.game = game;
            this.left = left;
            this.moves = moves;
            this.winner = winner;
        }

        @Override
        public Game game() {
            return game;
        }

        @Override
        public int currentPlayer() {
            return isTerminal() ? TERMINAL : playerAt(moves);
        }

        @Override
        public boolean isTerminal() {
            return left == 0;
        }

        @Override
        public void legalActions(IntList out) {
            out.clear();
            for (int a = 0; a < 2; a++) {
                if (isLegal(a)) {
                    out.add(a);
                }
            }
        }

        @Override
        public boolean isLegal(int action) {
            return (action == 0 || action == 1) && action + 1 <= left;
        }

        @Override
        public void apply(int action) {
            if (!isLegal(action)) {
                throw new IllegalArgumentException("illegal " + action);
            }
            int player = playerAt(moves);
            left -= action + 1;
            moves++;
            if (left == 0) {
                winner = player;
            }
        }

        @Override
        public State copy() {
            return new Position(game, left, moves, winner);
        }

        @Override
        public int moveNumber() {
            return moves;
        }

        @Override
        public double returns(int player) {
            return winner < 0 ? 0 : winner == player ? 1 : -1;
        }

        @Override
        public void writeObservation(int player, float[] out, int offset) {
            out[offset] = left;
        }

        @Override
        public long hash() {
            return left * 4L + (moves & 3);
        }

        @Override
        public String render() {
            return left + " stones, move " + moves;
        }
    }

    /** Every non-terminal position reachable from a pile of {@code stones}, one per (stones, turn phase). */
    static List<State> reachablePositions(int stones) {
        List<State> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<State> frontier = new ArrayList<>(List.of(new PairMoveNim(stones).newInitialState()));
        IntArrayList legal = new IntArrayList();
        while (!frontier.isEmpty()) {
            State s = frontier.remove(frontier.size() - 1);
            if (s.isTerminal() || !seen.add(s.hash())) {
                continue;
            }
            out.add(s);
            s.legalActions(legal);
            for (int a : legal) {
                State c = s.copy();
                c.apply(a);
                frontier.add(c);
            }
        }
        return out;
    }
}
