package org.epizero.games.go.sgf;

import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.Resignation;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.games.go.Go;
import org.epizero.games.go.GoResults;
import org.epizero.games.go.GoState;

/**
 * Reads SGF Go games into {@link GameRecord}s with moves in GTP notation: the main line of each
 * game tree, replayed under this project's rules. Setup stones (handicap) and consecutive moves of
 * one colour have no place in a record and are refused. The returns come from the result property
 * when it names a winner or a draw, else from the replayed position when the game ended by the rules.
 */
public final class SgfReader {

    /** The protocol stamped on imported records. */
    public static final GenerationProtocol IMPORTED = new GenerationProtocol("sgf-import", null, null, null, null, null);

    private SgfReader() {
    }

    /**
     * Every game of an SGF collection.
     *
     * @throws SgfFormatException if the text is not SGF or a game cannot be a record here
     */
    public static List<GameRecord> read(String sgf) {
        List<GameRecord> records = new ArrayList<>();
        List<List<SgfParser.Node>> games = SgfParser.mainLines(sgf);
        for (int i = 0; i < games.size(); i++) {
            try {
                records.add(toRecord(games.get(i), i));
            } catch (SgfFormatException e) {
                throw games.size() == 1 ? e : new SgfFormatException("game " + (i + 1) + ": " + e.getMessage());
            }
        }
        return records;
    }

    private static GameRecord toRecord(List<SgfParser.Node> nodes, int index) {
        SgfParser.Node root = nodes.get(0);
        String gm = root.first("GM");
        if (gm != null && !gm.strip().equals("1")) {
            throw new SgfFormatException("GM[" + gm + "] is not Go (GM[1])");
        }
        for (String setup : new String[] {"AB", "AW", "AE"}) {
            if (nodes.stream().anyMatch(n -> n.properties().containsKey(setup))) {
                throw new SgfFormatException("setup stones (" + setup + ", e.g. handicap) are not supported: records start from the empty board");
            }
        }
        Go go = SgfWriter.goOf("go(size=" + size(root.first("SZ")) + ",komi=" + komi(root.first("KM")) + ")");
        GoState state = go.newInitialState();
        List<String> moves = new ArrayList<>();
        for (SgfParser.Node node : nodes) {
            String black = node.first("B");
            String white = node.first("W");
            if (black == null && white == null) {
                continue;
            }
            if (black != null && white != null) {
                throw new SgfFormatException("a node holds both a black and a white move (move " + (moves.size() + 1) + ")");
            }
            int color = black != null ? 0 : 1;
            String where = "move " + (moves.size() + 1) + " (" + (color == 0 ? "B" : "W") + "[" + (black != null ? black : white) + "])";
            if (state.isTerminal()) {
                throw new SgfFormatException(where + " comes after the game ended (two passes or the length cap)");
            }
            if (state.currentPlayer() != color) {
                throw new SgfFormatException(where + ": " + (color == 0 ? "Black" : "White") + " moves twice in a row");
            }
            int action = SgfCoordinates.parse(go, black != null ? black : white);
            if (!state.isLegal(action)) {
                throw new SgfFormatException(where + " is illegal under positional superko and no-suicide rules");
            }
            state.apply(action);
            moves.add(go.formatAction(action));
        }
        double[] returns = returns(root.first("RE"), state);
        return new GameRecord(go.spec().toString(), moves, returns, 0, IMPORTED, 0, index, null, null, null,
                resignation(root.first("RE"), state, returns, moves.size()));
    }

    /** A game given up before it ended ({@code RE[B+R]}, {@code RE[W+Resign]}): lost by the side that resigned. */
    private static Resignation resignation(String result, GoState state, double[] returns, int moves) {
        String r = result == null ? "" : result.strip().toUpperCase();
        boolean resigned = r.matches("[BW]\\+(R|RESIGN)");
        return resigned && !state.isTerminal() ? new Resignation(returns[0] < 0 ? 0 : 1, moves, false) : null;
    }

    private static String size(String sz) {
        if (sz == null) {
            return "19";
        }
        if (!sz.strip().matches("\\d{1,2}")) {
            throw new SgfFormatException("SZ[" + sz + "]: only square boards up to 19x19 are supported");
        }
        return sz.strip();
    }

    private static String komi(String km) {
        if (km == null || km.isBlank()) {
            return "0";
        }
        try {
            return GoResults.decimal(Double.parseDouble(km.strip()));
        } catch (NumberFormatException e) {
            throw new SgfFormatException("KM[" + km + "] is not a number");
        }
    }

    private static double[] returns(String result, GoState state) {
        String r = result == null ? "" : result.strip().toUpperCase();
        if (r.startsWith("B+")) {
            return new double[] {1, -1};
        }
        if (r.startsWith("W+")) {
            return new double[] {-1, 1};
        }
        if (r.equals("0") || r.equals("DRAW") || r.equals("D")) {
            return new double[] {0, 0};
        }
        return new double[] {state.returns(0), state.returns(1)};
    }
}
