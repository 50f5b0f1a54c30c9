package org.epizero.games.go;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.epizero.games.go.gtp.GnuGoProgram;
import org.epizero.games.go.gtp.GtpClient;

/** GNU Go as a rules reference over GTP, for tests: finds the program, sets up games, reads the board. */
final class GnuGo implements AutoCloseable {

    private final GtpClient gtp;

    private GnuGo(GtpClient gtp) {
        this.gtp = gtp;
    }

    /** The gnugo program, if installed. */
    static Optional<Path> find() {
        return GnuGoProgram.find();
    }

    /** Starts GNU Go in GTP mode with Chinese (area) rules. */
    static GnuGo start(Path program) throws IOException {
        return new GnuGo(GtpClient.start(List.of(program.toString(), "--mode", "gtp", "--chinese-rules")));
    }

    GtpClient gtp() {
        return gtp;
    }

    /** Starts an empty game on the board of {@code go} with its komi. */
    void newGame(Go go) {
        gtp.send("boardsize " + go.size());
        gtp.send("clear_board");
        gtp.send("komi " + go.komi());
    }

    /** GNU Go's board: 0 empty, 1 Black, 2 White, indexed like {@link Go}'s points. */
    byte[] board(Go go) {
        byte[] board = new byte[go.size() * go.size()];
        mark(board, go, gtp.send("list_stones black"), Go.BLACK);
        mark(board, go, gtp.send("list_stones white"), Go.WHITE);
        return board;
    }

    /** GNU Go's legal moves for a colour, as a boolean per point. */
    boolean[] legalPoints(Go go, int color) {
        boolean[] legal = new boolean[go.size() * go.size()];
        for (String vertex : split(gtp.send("all_legal " + colorName(color)))) {
            legal[go.parseAction(vertex)] = true;
        }
        return legal;
    }

    static String colorName(int color) {
        return color == Go.BLACK ? "black" : "white";
    }

    @Override
    public void close() {
        gtp.close();
    }

    private static void mark(byte[] board, Go go, String vertices, int color) {
        for (String vertex : split(vertices)) {
            board[go.parseAction(vertex)] = (byte) color;
        }
    }

    private static String[] split(String text) {
        String t = text.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
