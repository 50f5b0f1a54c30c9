package org.epizero.games.connect4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The solved opening of connect four: the first player wins only through the centre column, and
 * the well-known scores of the seven first moves. Tens of minutes on two cores, so it runs in the long
 * profile ({@code mvn -B verify -Plong}), not in the default build.
 */
@Tag("long")
class Connect4EmptyBoardTest {

    @Test
    void firstMoveScoresMatchTheKnownSolution() {
        Connect4Solver solver = new Connect4Solver(25);
        assertArrayEquals(new int[] {-2, -1, 0, 1, 0, -1, -2}, solver.scoreMoves(Connect4.instance().newInitialState()));
    }
}
