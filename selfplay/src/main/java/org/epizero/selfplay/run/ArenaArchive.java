package org.epizero.selfplay.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.io.AtomicFiles;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.selfplay.arena.ArenaGame;

/** Stores arena games: JSON lines for refitting ratings later, and a collection in each format the game exports to. */
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

    /** Writes the games with the players' names as {@code STEM.EXT} for each format {@code game} exports to. */
    public static void writeExports(Game game, List<ArenaGame> games, Path stem) throws IOException {
        RecordExports.write(game, stem,
                exporter -> RecordExports.collection(games, g -> exporter.write(record(g), g.firstPlayer(), g.secondPlayer())));
    }

    /** The arena game as a record, its returns from the first player's score. */
    private static GameRecord record(ArenaGame g) {
        double first = 2 * g.firstScore() - 1;
        return new GameRecord(g.game(), g.moves(), new double[] {first, -first}, 0,
                new GenerationProtocol("arena", null, null, null, null, null), g.seed(), 0, null, null, null);
    }
}
