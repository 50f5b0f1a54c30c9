package org.epizero.games.othello;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.InvalidGameSpecException;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.State;
import org.epizero.engine.game.Symmetry;
import org.junit.jupiter.api.Test;

class OthelloRulesTest {

    private static final GameRegistry REGISTRY = GameRegistry.load();

    private static Othello othello(String spec) {
        return (Othello) REGISTRY.create(spec);
    }

    /** The legal actions in notation. */
    private static List<String> legal(State s) {
        IntList out = new IntArrayList();
        s.legalActions(out);
        return out.intStream().mapToObj(a -> s.game().formatAction(a)).toList();
    }

    /** The board as rows from the top, 'X' Black, 'O' White, '.' empty, joined by '/'. */
    private static String board(Othello game, OthelloState s) {
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < game.size(); row++) {
            for (int col = 0; col < game.size(); col++) {
                sb.append(".XO".charAt(s.discAt(game.cell(row, col))));
            }
            sb.append(row < game.size() - 1 ? "/" : "");
        }
        return sb.toString();
    }

    @Test
    void registryFindsItAndFillsTheDefault() {
        Game six = REGISTRY.create("othello(size=6)");
        assertInstanceOf(Othello.class, six);
        assertEquals("othello(size=6)", six.spec().toString());
        assertEquals(37, six.numDistinctActions());
        assertEquals("othello(size=8)", REGISTRY.create("othello").spec().toString());
        assertEquals(new ObservationShape(3, 6, 6), six.observationShape());
        assertEquals(2 * (100 - 4), othello("othello(size=10)").maxGameLength());
    }

    @Test
    void rejectsBadSizesWithAMessage() {
        for (int odd : new int[] {5, 7, 9}) {
            InvalidGameSpecException e = assertThrows(InvalidGameSpecException.class, () -> othello("othello(size=" + odd + ")"));
            assertTrue(e.getMessage().contains("must be even"), e.getMessage());
        }
        for (int outside : new int[] {2, 3, 12, 0, -4}) {
            InvalidGameSpecException e = assertThrows(InvalidGameSpecException.class, () -> othello("othello(size=" + outside + ")"));
            assertTrue(e.getMessage().contains("4..10"), e.getMessage());
        }
        assertThrows(InvalidGameSpecException.class, () -> othello("othello(size=8.0)"));
        assertThrows(InvalidGameSpecException.class, () -> othello("othello(komi=1)"));
    }

    @Test
    void standardStartAndNotation() {
        Othello game = othello("othello");
        OthelloState s = game.newInitialState();
        assertEquals("......../......../......../...OX.../...XO.../......../......../........", board(game, s));
        assertEquals(List.of("d3", "c4", "f5", "e6"), legal(s), "Black's four openings");
        assertEquals(game.cell(2, 3), game.parseAction(" D3 "));
        assertEquals(64, game.parseAction("PASS"));
        assertEquals("pass", game.formatAction(64));
        assertEquals("a1", game.formatAction(0));
        assertEquals("h8", game.formatAction(63));
        for (String bad : new String[] {"i1", "a0", "a9", "d03", "3d", "d 3", "d3x", "", "pas", "resign"}) {
            assertThrows(IllegalArgumentException.class, () -> game.parseAction(bad), bad);
        }
        Othello ten = othello("othello(size=10)");
        assertEquals(ten.cell(9, 9), ten.parseAction("j10"));
        assertEquals("j10", ten.formatAction(99));
        assertThrows(IllegalArgumentException.class, () -> ten.parseAction("k1"));
    }

    @Test
    void openingMoveFlipsAndHandsTheMoveOver() {
        Othello game = othello("othello");
        OthelloState s = game.newInitialState();
        s.apply(game.parseAction("d3"));
        assertEquals("......../......../...X..../...XX.../...XO.../......../......../........", board(game, s));
        assertEquals(1, s.currentPlayer());
        assertEquals(List.of(4, 1), List.of(s.discCount(0), s.discCount(1)));
        assertEquals(List.of("c3", "e3", "c5"), legal(s), "White's replies to d3");
    }

    @Test
    void flipsEveryBracketedLineAndOnlyThose() {
        Othello game = othello("othello");
        OthelloState s = game.position("......../....X.../..X.O.X./...OOO../..XO.O../...OOO../..O.X.X./........", 0);
        s.apply(game.parseAction("e5"));
        // Flipped: two to the north, one each to the north-east, south-east, south, west and north-west;
        // the east and south-west lines of White discs end on empty cells, so they stay.
        assertEquals("......../....X.../..X.X.X./...XXX../..XXXO../...OXX../..O.X.X./........", board(game, s));
        assertEquals(List.of(14, 3), List.of(s.discCount(0), s.discCount(1)));
    }

    @Test
    void aPlayerWithoutAMoveMustPassAndPassIsTheOnlyAction() {
        Othello game = othello("othello(size=4)");
        // Black's only disc cannot be bracketed against a corner White disc; White can take it.
        OthelloState s = game.position("OX../..../..../....", 0);
        assertFalse(s.isTerminal());
        assertTrue(s.mustPass());
        assertEquals(0, s.currentPlayer());
        assertEquals(List.of("pass"), legal(s));
        assertThrows(IllegalArgumentException.class, () -> s.apply(game.parseAction("c1")));
        s.apply(game.passAction());
        assertEquals(1, s.currentPlayer());
        assertEquals(List.of("c1"), legal(s));
        assertFalse(s.isLegal(game.passAction()), "no pass while a disc can be placed");
        s.apply(game.parseAction("c1"));
        assertTrue(s.isTerminal(), "Black has no disc left, so neither side can move");
        assertEquals(List.of(-1.0, 1.0), List.of(s.returns(0), s.returns(1)));
        assertEquals(List.of(), legal(s));
    }

    @Test
    void theGameEndsWhenNeitherSideCanMoveWithEmptyCellsLeft() {
        Othello game = othello("othello(size=4)");
        OthelloState s = game.position("XO../..../...O/O..O", 0);
        assertEquals(List.of("c1"), legal(s));
        s.apply(game.parseAction("c1"));
        assertEquals("XXX./..../...O/O..O", board(game, s));
        assertTrue(s.isTerminal(), "no disc of either side can bracket the other's");
        assertEquals(State.TERMINAL, s.currentPlayer());
        assertEquals(List.of(0.0, 0.0), List.of(s.returns(0), s.returns(1)), "3 discs each is a draw");
    }

    @Test
    void aFullBoardIsCountedWinOrDraw() {
        Othello game = othello("othello(size=4)");
        OthelloState draw = game.position("OXXX/XOXX/OOOO/OOO.", 0);
        assertEquals(List.of("d4"), legal(draw));
        draw.apply(game.parseAction("d4"));
        assertEquals("OXXX/XOXX/OOOX/OOOX", board(game, draw), "only the north line is bracketed");
        assertTrue(draw.isTerminal());
        assertEquals(List.of(0.0, 0.0), List.of(draw.returns(0), draw.returns(1)), "8 discs each");
        OthelloState win = game.position("XXXX/XXXX/OOOO/OOO.", 0);
        win.apply(game.parseAction("d4"));
        assertTrue(win.isTerminal());
        assertEquals(List.of(11, 5), List.of(win.discCount(0), win.discCount(1)));
        assertEquals(List.of(1.0, -1.0), List.of(win.returns(0), win.returns(1)));
    }

    @Test
    void passIsLegalExactlyWhenNoDiscCanBePlaced() {
        Othello game = othello("othello(size=6)");
        SplittableRandom random = new SplittableRandom(66);
        IntList out = new IntArrayList();
        int passes = 0;
        for (int g = 0; g < 300; g++) {
            OthelloState s = game.newInitialState();
            while (!s.isTerminal()) {
                s.legalActions(out);
                boolean anyCell = false;
                for (int c = 0; c < game.passAction(); c++) {
                    anyCell |= s.isLegal(c);
                }
                assertEquals(!anyCell, s.isLegal(game.passAction()));
                assertEquals(!anyCell, s.mustPass());
                passes += anyCell ? 0 : 1;
                s.apply(out.getInt(random.nextInt(out.size())));
            }
        }
        assertTrue(passes > 0, "random 6x6 games do pass sometimes");
    }

    @Test
    void observationIsFromTheViewersSide() {
        Othello game = othello("othello(size=4)");
        OthelloState s = game.newInitialState();
        float[] black = new float[3 * 16];
        float[] white = new float[3 * 16];
        s.writeObservation(0, black, 0);
        s.writeObservation(1, white, 0);
        float[] blackDiscs = {0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0};
        float[] whiteDiscs = {0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0};
        assertArrayEquals(blackDiscs, Arrays.copyOfRange(black, 0, 16));
        assertArrayEquals(whiteDiscs, Arrays.copyOfRange(black, 16, 32));
        assertArrayEquals(whiteDiscs, Arrays.copyOfRange(white, 0, 16));
        assertArrayEquals(blackDiscs, Arrays.copyOfRange(white, 16, 32));
        assertEquals(16.0f, sum(black, 32, 48), "ones for Black");
        assertEquals(0.0f, sum(white, 32, 48));
    }

    @Test
    void symmetriesAreThoseThatKeepTheStart() {
        List<String> names = othello("othello").symmetries().stream().map(Symmetry::name).toList();
        assertEquals(List.of("identity", "rotate-180", "transpose", "anti-transpose"), names);
        for (Symmetry sym : othello("othello").symmetries()) {
            assertEquals(64, sym.mapAction(64), "pass maps to pass");
        }
    }

    @Test
    void positionRejectsMalformedPictures() {
        Othello game = othello("othello(size=4)");
        assertThrows(IllegalArgumentException.class, () -> game.position("..../..../....", 0));
        assertThrows(IllegalArgumentException.class, () -> game.position("..../..../..../...", 0));
        assertThrows(IllegalArgumentException.class, () -> game.position("..../..../..../...Z", 0));
        assertThrows(IllegalArgumentException.class, () -> game.position("..../..../..../....", 2));
        assertTrue(game.position("X.../..../..../...O", 1).isTerminal(), "nothing touches: over at once");
    }

    private static float sum(float[] a, int from, int to) {
        float s = 0;
        for (int i = from; i < to; i++) {
            s += a[i];
        }
        return s;
    }
}
