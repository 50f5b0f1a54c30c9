package org.epizero.engine.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * The one JSON configuration used for records, so writer, reader and the records sent between
 * machines (one JSON line per game) always agree.
 */
public final class RecordJson {

    private static final ObjectMapper LINES = mapper();

    private RecordJson() {
    }

    /** The record as one line of JSON, as the games files hold it. */
    public static String toLine(GameRecord record) {
        try {
            return LINES.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record of one line written by {@link #toLine}. */
    public static GameRecord fromLine(String line) {
        try {
            return LINES.readValue(line, GameRecord.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
