package org.epizero.games.go.gtp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.epizero.engine.game.State;
import org.epizero.engine.play.Player;
import org.epizero.engine.services.ReferencePlayer;
import org.epizero.games.go.Go;
import org.epizero.games.go.GoState;

/**
 * GNU Go at a given level as an opponent, driven over GTP with Chinese (area) rules, moves asked
 * with {@code kgs-genmove_cleanup} so that it removes dead stones before passing. The player
 * keeps a copy of the game: before each of its moves it finds the opponent's reply by comparing
 * positions and plays it into GNU Go, so GNU Go always sees the same game. GNU Go knows only the
 * simple ko rule; a move of its that positional superko forbids is taken back and replaced by a
 * pass, and so is a resignation. One process per game: {@link #close()} ends it.
 */
public final class GnuGoPlayer implements Player, AutoCloseable {

    private final String name;
    private final Go go;
    private final GtpClient gtp;
    private GoState mirror;

    private GnuGoPlayer(String name, Go go, GtpClient gtp) {
        this.name = name;
        this.go = go;
        this.gtp = gtp;
        this.mirror = go.newInitialState();
    }

    /**
     * GNU Go as the reference player {@code gnugo:L} of {@code go}; naming it checks the level and
     * that GNU Go is installed, so that a bad name fails before any game.
     */
    public static ReferencePlayer reference(Go go) {
        return new ReferencePlayer("gnugo", "L", "GNU Go at level L (0-10), if installed", argument -> {
            int level = parseLevel(argument);
            program();
            return seed -> start(go, level, seed);
        });
    }

    private static int parseLevel(String text) {
        try {
            int v = Integer.parseInt(text);
            if (v >= 0 && v <= 10) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'gnugo:" + text + "': the GNU Go level must be an integer from 0 to 10");
    }

    /**
     * Starts GNU Go for a new game of {@code go}.
     *
     * @throws IllegalStateException if GNU Go is not installed or does not start
     */
    public static GnuGoPlayer start(Go go, int level, long seed) {
        Path program = program();
        GtpClient gtp;
        try {
            gtp = GtpClient.start(List.of(program.toString(), "--mode", "gtp", "--chinese-rules", "--level", Integer.toString(level),
                    "--seed", Long.toString(Math.floorMod(seed, 1_000_000_007L))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + program, e);
        }
        try {
            gtp.send("boardsize " + go.size());
            gtp.send("clear_board");
            gtp.send("komi " + go.komi());
        } catch (RuntimeException e) {
            gtp.close();
            throw new IllegalStateException("GNU Go refused the game " + go.spec() + ": " + e.getMessage(), e);
        }
        return new GnuGoPlayer("gnugo:" + level, go, gtp);
    }

    /** The installed GNU Go, or a clear error. */
    static Path program() {
        return GnuGoProgram.find().orElseThrow(() -> new IllegalStateException(
                "gnugo is not installed (Debian package 'gnugo'; looked on the PATH and in /usr/games)"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int selectAction(State state) {
        GoState position = (GoState) state;
        catchUp(position);
        String color = position.currentPlayer() == 0 ? "black" : "white";
        // Area scoring counts every stone left on the board: plain genmove passes while the
        // opponent's dead stones still stand (GNU Go expects them to be agreed dead), which can
        // hand a lost game to a random mover; the cleanup variant captures them before it passes.
        String reply = gtp.send("kgs-genmove_cleanup " + color).strip();
        int action;
        if (reply.equalsIgnoreCase("resign")) {
            action = go.passAction();
            gtp.send("play " + color + " pass");
        } else {
            action = go.parseAction(reply);
            if (!position.isLegal(action)) {
                gtp.send("undo");
                gtp.send("play " + color + " pass");
                action = go.passAction();
            }
        }
        mirror.apply(action);
        return action;
    }

    /** Ends the GNU Go process. */
    @Override
    public void close() {
        gtp.close();
    }

    /** Plays the opponent's move since this player's last one into the copy and into GNU Go. */
    private void catchUp(GoState position) {
        if (position.moveNumber() == mirror.moveNumber() + 1) {
            int reply = opponentMove(position);
            String color = mirror.currentPlayer() == 0 ? "black" : "white";
            mirror.apply(reply);
            gtp.send("play " + color + " " + go.formatAction(reply));
        }
        if (position.moveNumber() != mirror.moveNumber() || position.hash() != mirror.hash()) {
            throw new IllegalStateException(name + " lost track of the game at move " + position.moveNumber()
                    + ": it must see every position where it is to move, from the start");
        }
    }

    /** The one point that the opponent's stone newly occupies, or pass. */
    private int opponentMove(GoState position) {
        int opponent = mirror.currentPlayer() == 0 ? 1 : 2;
        for (int p = 0; p < go.passAction(); p++) {
            if (mirror.stoneAt(p) == 0 && position.stoneAt(p) == opponent) {
                return p;
            }
        }
        return go.passAction();
    }
}
