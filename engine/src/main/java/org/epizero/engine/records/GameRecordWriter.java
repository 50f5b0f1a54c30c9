package org.epizero.engine.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.epizero.engine.io.AtomicFiles;

/**
 * Writes records as JSON lines (gzip-compressed when the file name ends in {@code .gz}) into a
 * temporary file that {@link #close()} renames into place ({@link AtomicFiles}), so a reader never
 * sees a half-written corpus under the final name. A target that is not a regular file is refused
 * when the writer opens, before any work; after a failed write nothing is renamed and the
 * temporary file is removed.
 */
public final class GameRecordWriter implements AutoCloseable {

    private static final ObjectMapper JSON = RecordJson.mapper();
    private final Path target;
    private final Path temp;
    private final BufferedWriter out;
    private long count;
    private boolean failed;

    /**
     * Opens a writer for {@code target}.
     *
     * @throws IllegalArgumentException if {@code target} exists and is not a regular file
     */
    public GameRecordWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        this.temp = AtomicFiles.newTemp(this.target);
        try {
            OutputStream raw = Files.newOutputStream(temp);
            if (target.getFileName().toString().endsWith(".gz")) {
                raw = new GZIPOutputStream(raw, 1 << 16);
            }
            this.out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Appends one record as one line. */
    public void write(GameRecord record) throws IOException {
        try {
            out.write(JSON.writeValueAsString(record));
            out.write('\n');
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
        count++;
    }

    /** Number of records written so far. */
    public long count() {
        return count;
    }

    /** Finishes the file and moves it to its final name, unless a write failed: then it only removes the temporary file. */
    @Override
    public void close() throws IOException {
        try {
            out.close();
            if (!failed) {
                AtomicFiles.commit(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
