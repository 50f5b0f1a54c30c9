package org.epizero.selfplay.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.epizero.engine.game.Game;
import org.epizero.engine.io.AtomicFiles;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.services.RecordExporter;

/**
 * Keeps game records also in every format their game exports to (SGF for Go, say), so the games
 * open directly in that game's tools: one collection file per format, {@code STEM.EXT}, next to
 * the games file. A game that exports to no format gets no extra files.
 */
public final class RecordExports {

    private RecordExports() {
    }

    /** Writes {@code records}, players named after how their moves were generated, in each of the game's formats. */
    public static void write(Game game, List<GameRecord> records, Path stem) throws IOException {
        write(game, stem, exporter -> collection(records, exporter::write));
    }

    /** Writes one file per format of {@code game}: {@code STEM.EXT}, holding the collection {@code content} makes. */
    static void write(Game game, Path stem, Function<RecordExporter, String> content) throws IOException {
        for (RecordExporter exporter : game.services().recordExporters()) {
            AtomicFiles.writeString(stem.resolveSibling(stem.getFileName() + "." + exporter.extension()), content.apply(exporter));
        }
    }

    /** The games one after another, each written by {@code writer}: a collection, as SGF files hold them. */
    static <T> String collection(List<T> games, Function<T, String> writer) {
        StringBuilder sb = new StringBuilder();
        for (T g : games) {
            sb.append(writer.apply(g));
        }
        return sb.toString();
    }
}
