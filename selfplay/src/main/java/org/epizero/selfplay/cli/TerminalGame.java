package org.epizero.selfplay.cli;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.play.Player;

/**
 * A person against a {@link Player} in a text terminal, for any two-player game: the board is
 * drawn after every move, the person types moves in the game's notation, a bad move is answered
 * with a few legal ones, and {@code quit} ends the game early.
 */
final class TerminalGame {

    /** How many legal moves a hint lists. */
    private static final int HINT_MOVES = 8;

    /**
     * How a game ended.
     *
     * @param finished whether the game reached its end by the rules (false after {@code quit} or end of input)
     * @param humanReturn the person's final reward (+1 win, 0 draw, -1 loss; 0 when not finished)
     * @param moves the moves played, in the game's notation
     */
    record Outcome(boolean finished, double humanReturn, List<String> moves) {
    }

    private final Game game;
    private final Player opponent;
    private final int human;

    /** {@code human} is the person's player index: 0 moves first. */
    TerminalGame(Game game, Player opponent, int human) {
        if (game.numPlayers() != 2 || human < 0 || human > 1) {
            throw new IllegalArgumentException("a terminal game is one person against one player in a two-player game");
        }
        this.game = game;
        this.opponent = opponent;
        this.human = human;
    }

    /** Plays one game, reading the person's moves from {@code in} and writing everything to {@code out}. */
    Outcome play(BufferedReader in, PrintWriter out) throws IOException {
        State state = game.newInitialState();
        List<String> moves = new ArrayList<>();
        IntList legal = new IntArrayList();
        out.printf("You play %s against %s. Type moves in the game's notation, 'quit' to stop.%n",
                human == 0 ? "first" : "second", opponent.name());
        while (!state.isTerminal()) {
            out.println();
            out.print(state.render());
            int action;
            if (state.currentPlayer() == human) {
                out.print("Your move: ");
                out.flush();
                String line = in.readLine();
                if (line == null || line.strip().equalsIgnoreCase("quit")) {
                    out.println(line == null ? "\nEnd of input: game abandoned." : "Game abandoned.");
                    out.flush();
                    return new Outcome(false, 0, moves);
                }
                action = legalMove(state, line.strip(), legal);
                if (action < 0) {
                    out.println(hint(state, line.strip(), legal));
                    continue;
                }
            } else {
                action = opponent.selectAction(state);
                out.println(opponent.name() + " plays " + game.formatAction(action));
            }
            moves.add(game.formatAction(action));
            state.apply(action);
        }
        out.println();
        out.print(state.render());
        double result = state.returns(human);
        out.println(result > 0 ? "You win." : result < 0 ? opponent.name() + " wins." : "Draw.");
        out.flush();
        return new Outcome(true, result, moves);
    }

    /** The action the text names if it is legal here, else -1. */
    private int legalMove(State state, String text, IntList legal) {
        if (text.isEmpty()) {
            return -1;
        }
        try {
            int action = game.parseAction(text);
            return state.isLegal(action) ? action : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private String hint(State state, String text, IntList legal) {
        state.legalActions(legal);
        List<String> some = new ArrayList<>();
        for (int i = 0; i < legal.size() && i < HINT_MOVES; i++) {
            some.add(game.formatAction(legal.getInt(i)));
        }
        return "'" + text + "' is not a legal move here. Legal moves include: " + String.join(", ", some)
                + (legal.size() > HINT_MOVES ? ", ... (" + legal.size() + " in all)" : "");
    }
}
