package org.epizero.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Append-only logs of one JSON document per line (measurements, metrics, finished pairings),
 * written so that a crash loses at most the line being written: each append is forced to disk, and
 * an append after a line cut short by a crash starts on a line of its own, so the cut line (which
 * readers skip) never absorbs the next one.
 */
public final class JsonLines {

    private JsonLines() {}

    /** Appends {@code json} (one line, without its newline) to {@code file}, creating it and its directory. */
    public static void append(Path file, String json) throws IOException {
        if (json.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a JSON line must not contain a newline");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String line = (endsMidLine(file) ? "\n" : "") + json + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.SYNC);
    }

    /** Whether the file's last line lacks its newline: a line cut short. */
    private static boolean endsMidLine(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }
}
