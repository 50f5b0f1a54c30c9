package org.epizero.games.connect4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.engine.game.GameConformance;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.Perft;
import org.epizero.engine.game.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Connect4Test {

    @Test
    void passesConformance() {
        GameConformance.check(GameRegistry.load().create("connect4"), 300, 1);
    }

    /** Distinct positions after n plies, games stopping at a win (OEIS A212693). */
    @Test
    void gameTreeMatchesKnownPositionCounts() {
        List<Perft.Ply> plies = Perft.count(Connect4.instance(), 10, ply -> { });
        assertEquals(List.of(1L, 7L, 49L, 238L, 1120L, 4263L, 16422L, 54859L, 184275L, 558186L, 1662623L),
                plies.stream().map(Perft.Ply::positions).toList());
        long sequences = 1;
        for (int ply = 0; ply <= 6; ply++) {
            assertEquals(0, plies.get(ply).terminalPositions(), "nobody can win before ply 7");
            assertEquals(sequences, plies.get(ply).sequences(), "every column is open before ply 6");
            sequences *= 7;
        }
        assertEquals(sequences - 7, plies.get(7).sequences(), "the seven six-disc columns have only six moves");
        assertTrue(plies.get(7).terminalPositions() > 0, "the first player can win at ply 7");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
        "1212121,     0, X vertical in column 1",
        "12321232,    1, O vertical in column 2",
        "1122334,     0, X along the bottom row 1-4",
        "14152627,    1, O along the bottom row 4-7",
        "24241233344, 0, X rising diagonal from column 1",
        "4331234244,  1, O rising diagonal from column 1",
        "33542244322, 0, X falling diagonal from column 2",
        "2114221133,  1, O falling diagonal from column 1",
    })
    void detectsFourInARow(String moves, int winner, String description) {
        Connect4State beforeLast = Connect4.fromMoves(moves.substring(0, moves.length() - 1));
        assertFalse(beforeLast.isTerminal(), "no four before the last move");
        Connect4State s = Connect4.fromMoves(moves);
        assertTrue(s.isTerminal());
        assertEquals(winner, s.winner());
        assertEquals(State.TERMINAL, s.currentPlayer());
        assertEquals(1.0, s.returns(winner));
        assertEquals(-1.0, s.returns(1 - winner));
        IntList legal = new IntArrayList();
        s.legalActions(legal);
        assertTrue(legal.isEmpty(), "no moves after a win");
        assertThrows(IllegalArgumentException.class, () -> s.apply(5));
    }

    @Test
    void fullBoardWithoutFourIsADraw() {
        String moves = "547125662261271266215743771576315353334444";
        Connect4State s = Connect4.fromMoves(moves.substring(0, 41));
        assertFalse(s.isTerminal());
        IntList legal = new IntArrayList();
        s.legalActions(legal);
        assertEquals(IntList.of(3), legal, "only column 4 has room for the last disc");
        s.apply(3);
        assertTrue(s.isTerminal());
        assertEquals(-1, s.winner());
        assertEquals(42, s.moveNumber());
        assertEquals(0.0, s.returns(0));
        assertEquals(0.0, s.returns(1));
        assertEquals("""
                OXOOXOX
                XOXXXOO
                OXOOOXX
                XOOXXXO
                OXXXOOO
                OXOOXXX
                1234567
                """, s.render());
    }

    @Test
    void rejectsMovesInAFullColumn() {
        Connect4State s = Connect4.fromMoves("111111");
        assertFalse(s.isTerminal());
        assertFalse(s.isLegal(0));
        IntList legal = new IntArrayList();
        s.legalActions(legal);
        assertEquals(IntList.of(1, 2, 3, 4, 5, 6), legal);
        long hash = s.hash();
        assertThrows(IllegalArgumentException.class, () -> s.apply(0));
        assertEquals(hash, s.hash(), "a rejected move changes nothing");
        assertEquals(6, s.moveNumber());
        assertThrows(IllegalArgumentException.class, () -> Connect4.fromMoves("1111111"));
    }

    @Test
    void aMoveIsPlacedOnTheCellWhereItsDiscLandsAsTheObservationShowsIt() {
        Connect4State s = Connect4.fromMoves("4414");
        assertEquals(3 * 7 + 3, s.placement(3), "fourth disc in column 4 lands in row 3");
        assertEquals(1 * 7 + 0, s.placement(0));
        assertEquals(6, s.placement(6), "an empty column's bottom cell");
        SplittableRandom random = new SplittableRandom(5);
        IntList legal = new IntArrayList();
        float[] observation = new float[3 * 42];
        for (int g = 0; g < 50; g++) {
            Connect4State state = Connect4.fromMoves("");
            while (!state.isTerminal()) {
                state.legalActions(legal);
                int action = legal.getInt(random.nextInt(legal.size()));
                int player = state.currentPlayer();
                int cell = state.placement(action);
                // Observation planes: the viewer's discs, then the opponent's; row 0 at the top.
                int seen = (5 - cell / 7) * 7 + cell % 7;
                state.writeObservation(player, observation, 0);
                assertEquals(0f, observation[seen] + observation[42 + seen], "cell " + cell + " empty before");
                state.apply(action);
                state.writeObservation(player, observation, 0);
                assertEquals(1f, observation[seen], "disc of " + action + " at cell " + cell);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Connect4.fromMoves("111111").placement(0), "full column");
    }

    @Test
    void moveStringsUseColumnsOneToSeven() {
        assertEquals(Connect4.fromMoves("4453").render(), Connect4.fromMoves(" 44 53 ").render());
        assertThrows(IllegalArgumentException.class, () -> Connect4.fromMoves("408"));
        assertThrows(IllegalArgumentException.class, () -> Connect4.fromMoves("12121212"), "no move after the win");
        assertEquals(3, Connect4.instance().parseAction("4"));
        assertEquals("7", Connect4.instance().formatAction(6));
    }

    @Test
    void observationIsFromTheViewersSideWithRowZeroAtTheTop() {
        Connect4State s = Connect4.fromMoves("44");
        int area = 42;
        float[] x = new float[3 * area];
        float[] o = new float[3 * area];
        s.writeObservation(0, x, 0);
        s.writeObservation(1, o, 0);
        int bottomCentre = 5 * 7 + 3;
        int aboveIt = 4 * 7 + 3;
        assertEquals(1f, x[bottomCentre], "X's own disc");
        assertEquals(1f, x[area + aboveIt], "X sees O's disc as the opponent's");
        assertEquals(1f, o[aboveIt], "O's own disc");
        assertEquals(1f, o[area + bottomCentre], "O sees X's disc as the opponent's");
        float sumX = 0;
        float sumO = 0;
        for (int i = 0; i < 2 * area; i++) {
            sumX += x[i];
            sumO += o[i];
        }
        assertEquals(2f, sumX, "two discs on the board");
        assertEquals(2f, sumO);
        for (int i = 2 * area; i < 3 * area; i++) {
            assertEquals(1f, x[i], "X moves first");
            assertEquals(0f, o[i], "O does not");
        }
    }

    @Test
    void distinctPositionsHaveDistinctHashesAndTranspositionsShareOne() {
        assertEquals(Connect4.fromMoves("1234").hash(), Connect4.fromMoves("3214").hash());
        assertFalse(Connect4.fromMoves("1234").hash() == Connect4.fromMoves("2143").hash(), "colours differ");
    }
}
