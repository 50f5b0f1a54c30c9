package org.epizero.engine.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes records as JSON lines (gzip-compressed when the file name ends in {@code .gz}) into a
 * temporary file that {@link #close()} renames into place, so a reader never sees a half-written
 * corpus under the final name.
 */
public final class GameRecordWriter implements AutoCloseable {

    private static final ObjectMapper JSON = RecordJson.mapper();
    private final Path target;
    private final Path temp;
    private final BufferedWriter out;
    private long count;

    public GameRecordWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName(), ".tmp");
        OutputStream raw = Files.newOutputStream(temp);
        if (target.getFileName().toString().endsWith(".gz")) {
            raw = new GZIPOutputStream(raw, 1 << 16);
        }
        this.out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Appends one record as one line. */
    public void write(GameRecord record) throws IOException {
        out.write(JSON.writeValueAsString(record));
        out.write('\n');
        count++;
    }

    /** Number of records written so far. */
    public long count() {
        return count;
    }

    /** Finishes the file and moves it to its final name. */
    @Override
    public void close() throws IOException {
        out.close();
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
