package org.epizero.engine.search;

import it.unimi.dsi.fastutil.ints.IntList;
import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameSpec;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.State;
import org.epizero.engine.game.Symmetry;

/**
 * A test game of one move: player 0 picks one of the actions and the game ends with that
 * action's fixed payoff for player 0 (the negative for player 1). A search of it is a root with
 * terminal children, so every visit count and value can be checked by hand.
 */
final class OneMoveGame implements Game {

    private final double[] payoffs;

    OneMoveGame(double... payoffs) {
        this.payoffs = payoffs.clone();
    }

    @Override
    public GameSpec spec() {
        return GameSpec.of("one-move");
    }

    @Override
    public int numDistinctActions() {
        return payoffs.length;
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
        return 1;
    }

    @Override
    public List<Symmetry> symmetries() {
        return List.of(Symmetry.identity(1, payoffs.length));
    }

    @Override
    public State newInitialState() {
        return new Position(this, -1);
    }

    @Override
    public String formatAction(int action) {
        return Integer.toString(action);
    }

    @Override
    public int parseAction(String text) {
        return Integer.parseInt(text.strip());
    }

    private static final class Position implements State {
        private final OneMoveGame game;
        private int chosen;

        Position(OneMoveGame game, int chosen) {
            this.game = game;
            this.chosen = chosen;
        }

        @Override
        public Game game() {
            return game;
        }

        @Override
        public int currentPlayer() {
            return isTerminal() ? TERMINAL : 0;
        }

        @Override
        public boolean isTerminal() {
            return chosen >= 0;
        }

        @Override
        public void legalActions(IntList out) {
            out.clear();
            for (int a = 0; !isTerminal() && a < game.payoffs.length; a++) {
                out.add(a);
            }
        }

        @Override
        public boolean isLegal(int action) {
            return !isTerminal() && action >= 0 && action < game.payoffs.length;
        }

        @Override
        public void apply(int action) {
            if (!isLegal(action)) {
                throw new IllegalArgumentException("illegal " + action);
            }
            chosen = action;
        }

        @Override
        public State copy() {
            return new Position(game, chosen);
        }

        @Override
        public int moveNumber() {
            return isTerminal() ? 1 : 0;
        }

        @Override
        public double returns(int player) {
            double forFirst = isTerminal() ? game.payoffs[chosen] : 0;
            return player == 0 ? forFirst : -forFirst;
        }

        @Override
        public void writeObservation(int player, float[] out, int offset) {
            out[offset] = chosen;
        }

        @Override
        public long hash() {
            return chosen + 1;
        }

        @Override
        public String render() {
            return isTerminal() ? "chose " + chosen : "to choose";
        }
    }
}
