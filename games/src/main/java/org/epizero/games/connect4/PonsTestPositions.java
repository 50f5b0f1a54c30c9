package org.epizero.games.connect4;

import org.epizero.engine.services.TestPositions;

/**
 * Pascal Pons' connect-four test sets ("Solving Connect 4", part 2): per line the columns played
 * so far and the position's score for the side to move, on the scale of {@link Connect4Solver}.
 * A move is a mistake when the sign of its solved score is below the best sign among the legal
 * moves (a won position played into a draw or a loss, a drawn one into a loss), the protocol
 * AlphaZero.jl reports; a slower win is not a mistake.
 */
final class PonsTestPositions implements TestPositions {

    /** A win with the winner's fourth disc, the earliest there is, scores 22 - 4; no position scores more. */
    private static final int MAX_SCORE = 18;

    private final Connect4Solver solver = new Connect4Solver();

    @Override
    public String description() {
        return "Pascal Pons' format: the columns played (1-7, e.g. 4453) and the position's score for the side to move"
                + " (22-k for a win with the winner's k-th disc, its negative for a loss, 0 for a draw), separated by a space;"
                + " a move is a mistake when the sign of its solved score is below the best sign";
    }

    @Override
    public Position parse(String line) {
        String[] fields = line.strip().split("\\s+");
        if (fields.length != 2 || fields[0].isEmpty()) {
            throw new IllegalArgumentException("expected a move string and a score separated by a space, got '" + line.strip() + "'");
        }
        int score;
        try {
            score = Integer.parseInt(fields[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the score '" + fields[1] + "' is not a whole number");
        }
        if (Math.abs(score) > MAX_SCORE) {
            throw new IllegalArgumentException("the score " + score + " is outside -" + MAX_SCORE + ".." + MAX_SCORE);
        }
        Connect4State state = Connect4.fromMoves(fields[0]);
        if (state.isTerminal()) {
            throw new IllegalArgumentException("the game is already over after '" + fields[0] + "'");
        }
        return new Position(state, score);
    }

    @Override
    public Judgement judge(Position position) {
        Connect4State state = (Connect4State) position.state();
        int[] scores = solver.scoreMoves(state);
        int best = Integer.MIN_VALUE;
        for (int a = 0; a < scores.length; a++) {
            if (state.isLegal(a)) {
                best = Math.max(best, scores[a]);
            }
        }
        boolean[] mistakes = new boolean[scores.length];
        for (int a = 0; a < scores.length; a++) {
            mistakes[a] = state.isLegal(a) && Integer.signum(scores[a]) < Integer.signum(best);
        }
        return new Judgement(mistakes, best);
    }
}
