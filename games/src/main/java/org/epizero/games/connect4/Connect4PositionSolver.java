package org.epizero.games.connect4;

import org.epizero.engine.services.PositionSolver;

/** The exact connect-four solver on positions written as move strings; one transposition table serves every position. */
final class Connect4PositionSolver implements PositionSolver {

    private final Connect4Solver solver = new Connect4Solver();

    @Override
    public String description() {
        return "one move string per line (e.g. 4453); the score of playing each column 1-7 from the side to move:"
                + " a win with the winner's k-th disc scores 22-k, a loss the negative, a draw 0, a full column "
                + Connect4Solver.UNPLAYABLE;
    }

    @Override
    public int[] scoreMoves(String text) {
        Connect4State state = Connect4.fromMoves(text);
        if (state.isTerminal()) {
            throw new IllegalArgumentException("the game is already over");
        }
        return solver.scoreMoves(state);
    }
}
