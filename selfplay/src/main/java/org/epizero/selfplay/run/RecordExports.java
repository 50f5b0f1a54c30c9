package org.epizero.selfplay.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.io.AtomicFiles;
import org.epizero.engine.records.GameRecord;
import org.epizero.games.go.Go;
import org.epizero.games.go.sgf.SgfWriter;

/**
 * Keeps every Go self-play game also as SGF, so the games open directly in Go tools: one SGF
 * collection file per games file. Other games are left alone.
 */
public final class SgfArchive {

    private SgfArchive() {
    }

    /** Writes {@code records} as one SGF collection to {@code file} when {@code game} is Go. */
    public static void writeIfGo(Game game, List<GameRecord> records, Path file) throws IOException {
        if (!(game instanceof Go)) {
            return;
        }
        StringBuilder sgf = new StringBuilder();
        for (GameRecord r : records) {
            sgf.append(SgfWriter.write(r));
        }
        AtomicFiles.writeString(file, sgf.toString());
    }
}
