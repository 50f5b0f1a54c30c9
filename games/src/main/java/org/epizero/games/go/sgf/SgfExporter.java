package org.epizero.games.go.sgf;

import org.epizero.engine.records.GameRecord;
import org.epizero.engine.services.RecordExporter;

/** Go records as SGF, through {@link SgfWriter}: Black is the first player, White the second. */
public final class SgfExporter implements RecordExporter {

    @Override
    public String extension() {
        return "sgf";
    }

    @Override
    public String write(GameRecord record) {
        return SgfWriter.write(record);
    }

    @Override
    public String write(GameRecord record, String first, String second) {
        return SgfWriter.write(record, first, second);
    }
}
