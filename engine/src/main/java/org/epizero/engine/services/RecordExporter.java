package org.epizero.engine.services;

import org.epizero.engine.records.GameRecord;

/** Writes the game's records in a format other tools read, e.g. SGF for Go. */
public interface RecordExporter {

    /** The file name extension of the format, without the dot, e.g. {@code sgf}; also the format's name. */
    String extension();

    /**
     * One record in the format, the players named after how its moves were generated.
     *
     * @throws IllegalArgumentException if the record does not replay through the rules
     */
    String write(GameRecord record);

    /** One record in the format with the given names of the first and the second player. */
    String write(GameRecord record, String first, String second);
}
