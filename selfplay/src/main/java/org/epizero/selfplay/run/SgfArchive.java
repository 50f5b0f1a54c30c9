package org.epizero.selfplay.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.games.go.Go;
import org.epizero.games.go.sgf.SgfWriter;
import org.epizero.selfplay.arena.ArenaGame;

/**
 * Keeps every Go game also as SGF, so self-play and arena games open directly in Go tools: one
 * SGF collection file per games file. Other games are left alone.
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
        RunDirectory.writeAtomically(file, sgf.toString());
    }

    /** Writes arena games as one SGF collection with the players' names when {@code game} is Go. */
    public static void writeArenaIfGo(Game game, List<ArenaGame> games, Path file) throws IOException {
        if (!(game instanceof Go)) {
            return;
        }
        StringBuilder sgf = new StringBuilder();
        for (ArenaGame g : games) {
            double first = 2 * g.firstScore() - 1;
            GameRecord record = new GameRecord(g.game(), g.moves(), new double[] {first, -first}, 0,
                    new GenerationProtocol("arena", null, null, null, null, null), g.seed(), 0, null, null);
            sgf.append(SgfWriter.write(record, g.firstPlayer(), g.secondPlayer()));
        }
        RunDirectory.writeAtomically(file, sgf.toString());
    }
}
