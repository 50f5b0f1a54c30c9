package org.epizero.engine.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a JSON-lines corpus (gzip when the name ends in {@code .gz}). A line that is not a valid
 * record, or a record the sink refuses with an {@link IllegalArgumentException} (an illegal move,
 * missing visits), is skipped and counted with its line number, and a truncated gzip stream ends
 * the file early with a warning: one bad line never aborts a whole analysis or a resume.
 */
public final class GameRecordReader {

    private static final ObjectMapper JSON = RecordJson.mapper();

    /** What a read found: records delivered, lines skipped, and whether the file ended early. */
    public record Summary(long records, long skippedLines, boolean truncated) {
    }

    private GameRecordReader() {
    }

    /**
     * Streams every valid record of {@code file} to {@code sink}; {@code warnings} hears one line per
     * problem (line number and cause).
     */
    public static Summary read(Path file, Consumer<GameRecord> sink, Consumer<String> warnings) throws IOException {
        long records = 0;
        long skipped = 0;
        long lineNumber = 0;
        try (BufferedReader in = open(file)) {
            String line;
            while (true) {
                try {
                    line = in.readLine();
                } catch (EOFException | ZipException e) {
                    warnings.accept(file + ": compressed stream ends early after line " + lineNumber + " (" + e.getMessage() + ")");
                    return new Summary(records, skipped, true);
                }
                if (line == null) {
                    return new Summary(records, skipped, false);
                }
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                GameRecord record = parse(line);
                if (record == null) {
                    skipped++;
                    warnings.accept(file + ":" + lineNumber + ": skipped a line that is not a valid game record");
                    continue;
                }
                try {
                    sink.accept(record);
                } catch (IllegalArgumentException e) {
                    skipped++;
                    warnings.accept(file + ":" + lineNumber + ": skipped a record the reader refused: " + e.getMessage());
                    continue;
                }
                records++;
            }
        }
    }

    private static GameRecord parse(String line) {
        try {
            GameRecord r = JSON.readValue(line, GameRecord.class);
            return r.game() == null || r.moves() == null || r.returns() == null ? null : r;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    /** Opens the file, with errors that name it: a directory, a missing file, a .gz that is not gzip. */
    private static BufferedReader open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a directory, not a games file");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such games file");
        }
        InputStream raw = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            try {
                raw = new GZIPInputStream(raw, 1 << 16);
            } catch (EOFException e) {
                raw.close();
                throw new IOException(file + " is empty, not a gzip file");
            } catch (ZipException e) {
                raw.close();
                throw new IOException(file + " is not a gzip file (" + e.getMessage() + ")");
            }
        }
        return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
    }
}
