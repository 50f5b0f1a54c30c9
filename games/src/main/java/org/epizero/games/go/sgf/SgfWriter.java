package org.epizero.games.go.sgf;

import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.records.GameRecord;
import org.epizero.games.go.Go;
import org.epizero.games.go.GoFactory;
import org.epizero.games.go.GoResults;
import org.epizero.games.go.GoState;

/**
 * Writes a Go {@link GameRecord} as an SGF (FF[4]) game: board size, komi, area-scoring rules,
 * players, result and the moves ({@code ;B[cd]}, a pass as {@code B[]}). The result comes from
 * replaying the moves: the area score when the game ended by the rules, else the record's returns
 * with an unknown margin.
 */
public final class SgfWriter {

    private static final GameRegistry GO = GameRegistry.of(new GoFactory());
    private static final int MOVES_PER_LINE = 10;

    private SgfWriter() {
    }

    /** The record as SGF, with player names taken from how its moves were generated. */
    public static String write(GameRecord record) {
        String who = playerName(record);
        return write(record, who, who);
    }

    /**
     * The record as SGF with the given player names.
     *
     * @throws IllegalArgumentException if the record is not a Go game or holds an illegal move
     */
    public static String write(GameRecord record, String black, String white) {
        Go go = goOf(record.game());
        GoState state = go.newInitialState();
        StringBuilder moves = new StringBuilder();
        int n = 0;
        for (String move : record.moves()) {
            int action = go.parseAction(move);
            if (!state.isLegal(action)) {
                throw new IllegalArgumentException("move " + (n + 1) + " (" + move + ") of the record is illegal");
            }
            moves.append(n % MOVES_PER_LINE == 0 ? "\n" : "").append(';').append(state.currentPlayer() == 0 ? 'B' : 'W')
                    .append('[').append(SgfCoordinates.format(go, action)).append(']');
            state.apply(action);
            n++;
        }
        StringBuilder sgf = new StringBuilder("(;GM[1]FF[4]CA[UTF-8]AP[EpiZero]")
                .append("SZ[").append(go.size()).append(']')
                .append("KM[").append(GoResults.decimal(go.komi())).append(']')
                .append("RU[Chinese]")
                .append("PB[").append(escape(black)).append(']')
                .append("PW[").append(escape(white)).append(']')
                .append("RE[").append(result(state, record)).append(']');
        return sgf.append(moves).append(")\n").toString();
    }

    /** Whether records of {@code spec} can be written as SGF: Go games only. */
    public static boolean exports(String spec) {
        return spec.startsWith("go(") || spec.equals("go");
    }

    /** The Go game of a spec, or a clear error for other games. */
    static Go goOf(String spec) {
        if (!exports(spec)) {
            throw new IllegalArgumentException("SGF export is for Go games only, not " + spec);
        }
        return (Go) GO.create(spec);
    }

    private static String result(GoState state, GameRecord record) {
        if (state.isTerminal()) {
            return GoResults.margin(state.score());
        }
        double black = record.returns()[0];
        String reason = record.resigned() ? "R" : "";
        return black > 0 ? "B+" + reason : black < 0 ? "W+" + reason : "?";
    }

    private static String playerName(GameRecord record) {
        String generator = record.protocol() == null || record.protocol().generator() == null ? "EpiZero" : record.protocol().generator();
        return record.step() > 0 ? generator + " step " + record.step() : generator;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("]", "\\]");
    }
}
