package org.epizero.selfplay.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.io.AtomicFiles;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.games.go.Go;
import org.epizero.games.go.sgf.SgfWriter;
import org.epizero.selfplay.arena.ArenaGame;

/** Stores arena games: JSON lines for refitting ratings later, and an SGF collection for Go games. */
public final class ArenaArchive {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArenaArchive() {
    }

    /** Writes the games as JSON lines, atomically. */
    public static void writeJsonLines(Path file, List<ArenaGame> games) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ArenaGame g : games) {
            sb.append(JSON.writeValueAsString(g)).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    /** Writes the games as one SGF collection with the players' names when {@code game} is Go. */
    public static void writeSgfIfGo(Game game, List<ArenaGame> games, Path file) throws IOException {
        if (!(game instanceof Go)) {
            return;
        }
        StringBuilder sgf = new StringBuilder();
        for (ArenaGame g : games) {
            double first = 2 * g.firstScore() - 1;
            GameRecord record = new GameRecord(g.game(), g.moves(), new double[] {first, -first}, 0,
                    new GenerationProtocol("arena", null, null, null, null, null), g.seed(), 0, null, null, null);
            sgf.append(SgfWriter.write(record, g.firstPlayer(), g.secondPlayer()));
        }
        AtomicFiles.writeString(file, sgf.toString());
    }
}
