package org.epizero.games.go;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.SplittableRandom;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.InvalidGameSpecException;
import org.epizero.engine.game.State;
import org.junit.jupiter.api.Test;

class GoRulesTest {

    private static final GameRegistry REGISTRY = GameRegistry.load();

    private static Go go(String spec) {
        return (Go) REGISTRY.create(spec);
    }

    /** Plays moves in GTP notation, Black first, alternating colours. */
    private static GoState play(Go go, String moves) {
        GoState state = go.newInitialState();
        for (String move : moves.trim().split("\\s+")) {
            state.apply(go.parseAction(move));
        }
        return state;
    }

    /** The board as rows from the top, 'X' Black, 'O' White, '.' empty, joined by '/'. */
    private static String board(Go go, GoState state) {
        StringBuilder sb = new StringBuilder();
        for (int row = go.size() - 1; row >= 0; row--) {
            for (int col = 0; col < go.size(); col++) {
                sb.append(".XO".charAt(state.stoneAt(go.point(row, col))));
            }
            sb.append(row > 0 ? "/" : "");
        }
        return sb.toString();
    }

    @Test
    void specDefaultsAndRanges() {
        Go go = go("go");
        assertEquals("go(size=9,komi=7.5)", go.spec().toString());
        assertEquals(82, go.numDistinctActions());
        assertEquals(243, go.maxGameLength(), "length cap 3 * N * N");
        assertEquals(5, go.observationShape().planes());
        assertEquals(19, go("go(size=19,komi=6.5)").size());
        assertEquals(6.5, go("go(size=19,komi=6.5)").komi());
        assertThrows(InvalidGameSpecException.class, () -> go("go(size=1)"));
        assertThrows(InvalidGameSpecException.class, () -> go("go(size=20)"));
        assertThrows(InvalidGameSpecException.class, () -> go("go(size=9.5)"));
    }

    @Test
    void gtpNotation() {
        Go go = go("go(size=9)");
        assertEquals("A1", go.formatAction(go.point(0, 0)));
        assertEquals("D4", go.formatAction(go.point(3, 3)));
        assertEquals("H1", go.formatAction(go.point(0, 7)));
        assertEquals("J9", go.formatAction(go.point(8, 8)), "there is no column I");
        assertEquals("pass", go.formatAction(81));
        assertEquals(go.point(3, 3), go.parseAction(" d4 "));
        assertEquals(go.point(8, 8), go.parseAction("j9"));
        assertEquals(81, go.parseAction("PASS"));
        for (String bad : new String[] {"I1", "A0", "A10", "K1", "D04", "4D", "D-4", "D4x", "", "pas", "resign", "D 4"}) {
            assertThrows(IllegalArgumentException.class, () -> go.parseAction(bad), bad);
        }
        Go big = go("go(size=19)");
        assertEquals(big.point(18, 18), big.parseAction("T19"));
        assertEquals(big.point(9, 8), big.parseAction("J10"));
        assertThrows(IllegalArgumentException.class, () -> big.parseAction("U1"));
        assertThrows(IllegalArgumentException.class, () -> big.parseAction("A20"));
    }

    @Test
    void capturesOneStoneAndAChain() {
        Go go = go("go(size=5)");
        GoState corner = play(go, "B1 A1 A2");
        assertEquals("...../...../...../X..../.X...", board(go, corner));
        GoState chain = play(go, "B3 C3 C2 D3 D2 pass E3 pass C4 pass D4");
        assertEquals("...../..XX./.X..X/..XX./.....", board(go, chain), "White C3-D3 taken by the last move");
        assertTrue(chain.isLegal(go.parseAction("C3")), "the captured points are free again");
    }

    @Test
    void suicideIsIllegalButCapturingIntoAnEyeIsNot() {
        Go go = go("go(size=5)");
        GoState eye = play(go, "A2 pass B1");
        int a1 = go.parseAction("A1");
        assertFalse(eye.isLegal(a1), "White A1 has no liberty and captures nothing");
        assertFalse(eye.isLegalIgnoringSuperko(a1));
        IntList legal = new IntArrayList();
        eye.legalActions(legal);
        assertFalse(legal.contains(a1));
        long hash = eye.hash();
        assertThrows(IllegalArgumentException.class, () -> eye.apply(a1));
        assertEquals(hash, eye.hash());

        GoState ownChain = play(go, "A2 B1 B2 C1 C2 D1 D2 pass E1");
        assertFalse(ownChain.isLegal(a1), "White A1 would fill the last liberty of B1-C1-D1");

        GoState capture = play(go, "A2 A3 B1 B2 pass C1 pass");
        assertTrue(capture.isLegal(a1), "White A1 takes the last liberty of Black A2 and of Black B1");
        capture.apply(a1);
        assertEquals("...../...../O..../.O.../O.O..", board(go, capture));
    }

    @Test
    void simpleKoForbidsTheImmediateRecaptureOnly() {
        Go go = go("go(size=5)");
        GoState ko = play(go, "B4 C4 A3 B3 B2 D3 E5 C2 C3");
        assertEquals("....X/.XO../X.XO./.XO../.....", board(go, ko), "Black C3 took the White stone at B3");
        int b3 = go.parseAction("B3");
        assertFalse(ko.isLegal(b3), "retaking at once recreates the position before Black's capture");
        assertTrue(ko.isLegalIgnoringSuperko(b3), "only the repetition rule forbids it");
        ko.apply(go.parseAction("E1"));
        ko.apply(go.parseAction("E2"));
        assertTrue(ko.isLegal(b3), "after an exchange elsewhere the retake is a new position");
        ko.apply(b3);
        assertEquals("....X/.XO../XO.O./.XO.X/....O", board(go, ko));
    }

    @Test
    void positionalSuperkoForbidsAnOlderRepetitionThatSimpleKoAllows() {
        Go go = go("go(size=3)");
        // White A1 captures B1-C1 (two stones); Black B1 would take back A1 alone and recreate the
        // board after move 4 (Black A2 B1, White B2 C2), which GNU Go's simple ko allows.
        GoState state = play(go, "B1 B2 A2 C2 C1 A1");
        assertEquals(".../XOO/O..", board(go, state));
        assertEquals(".../XOO/.X.", board(go, play(go, "B1 B2 A2 C2")), "the board the retake would recreate");
        int b1 = go.parseAction("B1");
        assertFalse(state.isLegal(b1));
        assertTrue(state.isLegalIgnoringSuperko(b1));
        assertTrue(state.isLegal(go.passAction()), "pass is never a repetition");

        GoState sameBoard = play(go, "A2 B2 pass C2 pass A1");
        assertEquals(board(go, state), board(go, sameBoard));
        assertTrue(sameBoard.isLegal(b1), "on another history the same board allows the capture");
        sameBoard.apply(b1);
        assertEquals(".../XOO/.X.", board(go, sameBoard));
    }

    @Test
    void twoConsecutivePassesEndTheGame() {
        Go go = go("go(size=5,komi=7.5)");
        GoState state = play(go, "pass C3 pass");
        assertFalse(state.isTerminal(), "passes separated by a move do not end the game");
        assertEquals(1, state.currentPlayer());
        state.apply(go.passAction());
        assertTrue(state.isTerminal());
        assertEquals(State.TERMINAL, state.currentPlayer());
        assertEquals(-1.0, state.returns(0), "White wins on komi with the board empty of Black");
        assertEquals(1.0, state.returns(1));
        assertEquals(-25 - 7.5, state.score(), 1e-12, "White's stone owns the board");
        assertFalse(state.isLegal(go.passAction()));
        IntList legal = new IntArrayList();
        state.legalActions(legal);
        assertTrue(legal.isEmpty());
    }

    @Test
    void areaScoringOfHandMadePositions() {
        Go go = go("go(size=5,komi=7.5)");
        GoState wall = play(go, "C1 D1 C2 D2 C3 D3 C4 D4 C5 D5 pass pass");
        assertEquals("..XO./..XO./..XO./..XO./..XO.", board(go, wall));
        assertEquals(15 - 10 - 7.5, wall.score(), 1e-12, "Black 5 stones + 10 points, White 5 + 5");
        assertEquals(-1.0, wall.returns(0));
        GoState halfPoint = play(go("go(size=5,komi=4.5)"), "C1 D1 C2 D2 C3 D3 C4 D4 C5 D5 pass pass");
        assertEquals(0.5, halfPoint.score(), 1e-12);
        assertEquals(1.0, halfPoint.returns(0));
        assertEquals(-1.0, halfPoint.returns(1));

        Go even = go("go(size=3,komi=0)");
        GoState dame = play(even, "A1 C3 pass pass");
        assertEquals(0.0, dame.score(), "the empty region touches both colours: no one's");
        assertEquals(0.0, dame.returns(0), "an exact tie");
        assertEquals(0.0, dame.returns(1));
        GoState split = play(even, "B1 B3 B2 C2 A2 pass pass");
        assertEquals(".O./XXO/.X.", board(even, split));
        assertEquals(4 - 3, split.score(), 1e-12, "Black A2 B1 B2 + A1, White B3 C2 + C3; A3 and C1 touch both");
    }

    @Test
    void theLengthCapEndsAndScoresTheGame() {
        Go go = go("go(size=2,komi=0.5)");
        SplittableRandom random = new SplittableRandom(3);
        IntList legal = new IntArrayList();
        int capped = 0;
        for (int g = 0; g < 500; g++) {
            GoState state = go.newInitialState();
            IntList moves = new IntArrayList();
            while (!state.isTerminal()) {
                state.legalActions(legal);
                int action = legal.getInt(random.nextInt(legal.size()));
                state.apply(action);
                moves.add(action);
            }
            int n = moves.size();
            boolean byPasses = n >= 2 && moves.getInt(n - 1) == go.passAction() && moves.getInt(n - 2) == go.passAction();
            if (!byPasses) {
                capped++;
                assertEquals(go.maxGameLength(), n, "a game that did not end by passes ran to the cap");
                assertEquals(Math.signum(state.score()), state.returns(0));
            }
        }
        assertTrue(capped > 0, "some random 2x2 games reach the cap of 12 moves");
    }

    @Test
    void observationIsFromTheViewersSideWithThePreviousPosition() {
        Go go = go("go(size=3)");
        int area = 9;
        GoState state = play(go, "A1 C3");
        float[] black = new float[5 * area];
        float[] white = new float[5 * area];
        state.writeObservation(0, black, 0);
        state.writeObservation(1, white, 0);
        int a1 = go.point(0, 0);
        int c3 = go.point(2, 2);
        assertEquals(0, a1, "observation cell 0 is A1, the bottom-left point");
        assertArrayEquals(plane(area, a1), slice(black, 0, area), "Black's own stones");
        assertArrayEquals(plane(area, c3), slice(black, 1, area), "Black's opponent");
        assertArrayEquals(plane(area, a1), slice(black, 2, area), "Black's stones before White's move");
        assertArrayEquals(plane(area), slice(black, 3, area), "no White stone before White's move");
        assertArrayEquals(ones(area), slice(black, 4, area), "the viewer is Black");
        assertArrayEquals(plane(area, c3), slice(white, 0, area));
        assertArrayEquals(plane(area, a1), slice(white, 1, area));
        assertArrayEquals(plane(area), slice(white, 2, area));
        assertArrayEquals(plane(area, a1), slice(white, 3, area));
        assertArrayEquals(plane(area), slice(white, 4, area), "the viewer is White");
        state.apply(go.passAction());
        state.writeObservation(1, white, 0);
        assertArrayEquals(slice(white, 0, area), slice(white, 2, area), "after a pass the history equals the board");
        assertArrayEquals(slice(white, 1, area), slice(white, 3, area));
    }

    @Test
    void hashSeesThePreviousPositionAndTheEnd() {
        Go go = go("go(size=5)");
        GoState a = play(go, "A1 B1 C1");
        GoState b = play(go, "C1 B1 A1");
        assertNotEquals(a.hash(), b.hash(), "same stones, different previous position");
        a.apply(go.passAction());
        b.apply(go.passAction());
        GoState c = play(go, "A1 B1 C1 pass");
        assertEquals(a.hash(), b.hash(), "after a pass the previous position agrees again");
        assertEquals(a.hash(), c.hash(), "equal states hash equal");
        long beforeEnd = a.hash();
        a.apply(go.passAction());
        assertNotEquals(beforeEnd, a.hash(), "the end of the game changes the hash");
    }

    @Test
    void rendersTheBoardWithGtpCoordinates() {
        Go go = go("go(size=3)");
        GoState state = play(go, "A1 C3");
        assertEquals("""
                   A B C
                 3 . . O 3
                 2 . . . 2
                 1 X . . 1
                   A B C
                Black (X) to move, move 3
                """, state.render());
    }

    private static float[] slice(float[] obs, int plane, int area) {
        float[] out = new float[area];
        System.arraycopy(obs, plane * area, out, 0, area);
        return out;
    }

    private static float[] plane(int area, int... set) {
        float[] out = new float[area];
        for (int p : set) {
            out[p] = 1f;
        }
        return out;
    }

    private static float[] ones(int area) {
        float[] out = new float[area];
        java.util.Arrays.fill(out, 1f);
        return out;
    }
}
