package org.epizero.games.othello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.SplittableRandom;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.services.ReferencePlayer;
import org.junit.jupiter.api.Test;

/** The disc-count players against {@link ReferenceOthello}: greedy turns the most discs, a deep enough search plays perfectly. */
class DiscCountPlayerTest {

    private static final GameRegistry REGISTRY = GameRegistry.load();

    /** The position as the reference implementation's grid (0 empty, 1 Black, 2 White). */
    private static int[][] grid(Othello game, OthelloState s) {
        int n = game.size();
        int[][] g = new int[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                g[r][c] = s.discAt(game.cell(r, c));
            }
        }
        return g;
    }

    /** A position after {@code plies} uniformly random moves, or null if the game ended first. */
    private static OthelloState randomPosition(Othello game, int plies, SplittableRandom random) {
        OthelloState s = game.newInitialState();
        IntArrayList moves = new IntArrayList();
        for (int i = 0; i < plies && !s.isTerminal(); i++) {
            s.legalActions(moves);
            s.apply(moves.getInt(random.nextInt(moves.size())));
        }
        return s.isTerminal() ? null : s;
    }

    @Test
    void greedyTurnsTheMostDiscs() {
        Othello game = (Othello) REGISTRY.create("othello(size=8)");
        ReferenceOthello reference = new ReferenceOthello(8);
        SplittableRandom random = new SplittableRandom(3);
        int checked = 0;
        for (int trial = 0; trial < 300; trial++) {
            OthelloState s = randomPosition(game, random.nextInt(50), random);
            if (s == null || s.mustPass()) {
                continue;
            }
            int who = s.currentPlayer() + 1;
            int[][] g = grid(game, s);
            int most = reference.moves(g, who).stream().mapToInt(m -> reference.turned(g, who, m[0], m[1])).max().orElseThrow();
            int chosen = new DiscCountPlayer(1, trial).selectAction(s);
            int n = game.size();
            assertEquals(most, reference.turned(g, who, chosen / n, chosen % n), "greedy on\n" + s.render());
            checked++;
        }
        assertTrue(checked > 200, "too few positions checked: " + checked);
    }

    @Test
    void searchBeyondTheLastMovePlaysPerfectly() {
        Othello game = (Othello) REGISTRY.create("othello(size=4)");
        ReferenceOthello reference = new ReferenceOthello(4);
        SplittableRandom random = new SplittableRandom(5);
        int checked = 0;
        for (int trial = 0; trial < 60; trial++) {
            OthelloState s = randomPosition(game, random.nextInt(6), random);
            if (s == null || s.mustPass()) {
                continue;
            }
            int who = s.currentPlayer() + 1;
            int[][] g = grid(game, s);
            int best = reference.margin(g, who);
            int chosen = new DiscCountPlayer(2 * 16, trial).selectAction(s);
            int n = game.size();
            int got = -reference.margin(reference.after(g, who, chosen / n, chosen % n), 3 - who);
            assertEquals(best, got, "perfect play keeps the best margin on\n" + s.render());
            checked++;
        }
        assertTrue(checked > 40, "too few positions checked: " + checked);
    }

    @Test
    void depthIsCheckedWithAMessage() {
        ReferencePlayer minimax = game("othello").services().referencePlayers().stream()
                .filter(p -> p.name().equals("minimax")).findFirst().orElseThrow();
        assertEquals("minimax(3)", minimax.create("3").create(1).name());
        for (String bad : new String[] {"0", "9", "x", "-1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> minimax.create(bad));
            assertTrue(e.getMessage().contains("minimax:D"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> minimax.create(null));
    }

    private static org.epizero.engine.game.Game game(String spec) {
        return REGISTRY.create(spec);
    }
}
