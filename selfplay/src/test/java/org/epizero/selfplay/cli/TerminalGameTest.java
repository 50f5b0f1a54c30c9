package org.epizero.selfplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.State;
import org.epizero.engine.play.RandomPlayer;
import org.junit.jupiter.api.Test;

class TerminalGameTest {

    private static final GameRegistry REGISTRY = GameRegistry.load();

    @Test
    void scriptedGameWithBadInputRunsToTheEnd() throws Exception {
        Game game = REGISTRY.create("tictactoe");
        // Bad text, then every cell in order: cells the opponent or the person already took are refused.
        String script = "zz\n1\n1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        StringWriter out = new StringWriter();
        TerminalGame.Outcome outcome = new TerminalGame(game, new RandomPlayer(4), 0)
                .play(new BufferedReader(new StringReader(script)), new PrintWriter(out));
        String text = out.toString();
        assertTrue(outcome.finished(), text);
        assertTrue(text.contains("'zz' is not a legal move here. Legal moves include: 1, 2, 3, 4, 5, 6, 7, 8, ... (9 in all)"), text);
        assertTrue(text.contains("'1' is not a legal move here. Legal moves include: 2, "), "an occupied cell is refused: " + text);
        State state = game.newInitialState();
        for (int i = 0; i < outcome.moves().size(); i++) {
            state.apply(game.parseAction(outcome.moves().get(i)));
            assertTrue(text.contains(state.render()), "the board is drawn after move " + (i + 1));
        }
        assertTrue(state.isTerminal());
        assertEquals(state.returns(0), outcome.humanReturn());
        String verdict = state.returns(0) > 0 ? "You win." : state.returns(0) < 0 ? "random wins." : "Draw.";
        assertTrue(text.strip().endsWith(verdict), text);
    }

    @Test
    void quitAndEndOfInputAbandonTheGame() throws Exception {
        Game game = REGISTRY.create("go(size=5)");
        StringWriter out = new StringWriter();
        TerminalGame.Outcome quit = new TerminalGame(game, new RandomPlayer(1), 1)
                .play(new BufferedReader(new StringReader("C3\nquit\n")), new PrintWriter(out));
        assertFalse(quit.finished());
        assertTrue(out.toString().contains("Game abandoned."), out.toString());
        TerminalGame.Outcome eof = new TerminalGame(game, new RandomPlayer(1), 0)
                .play(new BufferedReader(new StringReader("pass\n")), new PrintWriter(new StringWriter()));
        assertFalse(eof.finished());
        assertEquals("pass", eof.moves().get(0));
    }
}
