package org.epizero.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Whole-file writes that a reader never sees half done and that never destroy what they should
 * not: the content goes to a hidden temporary file beside the target ({@code .NAME*.tmp}), which
 * is renamed over the target only once complete, and deleted if anything fails. A target that
 * exists and is not a regular file (a directory, a device such as {@code /dev/full}, a pipe) is
 * refused before anything is written, since the rename would replace it.
 */
public final class AtomicFiles {

    /** Suffix of the temporary files; {@link #removeLeftovers} deletes those a killed process left. */
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {}

    /**
     * Checks that {@code target} can be replaced by a regular file: it does not exist, or it is one
     * (a link to one included).
     *
     * @throws IllegalArgumentException naming the target otherwise
     */
    public static void requireReplaceable(Path target) {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            String kind = Files.isDirectory(target) ? "a directory" : "not a regular file (a device or a pipe)";
            throw new IllegalArgumentException("refusing to write " + target + ": it exists and is " + kind);
        }
    }

    /** Writes {@code content} (UTF-8) to {@code target} atomically, creating its directory. */
    public static void writeString(Path target, String content) throws IOException {
        write(target, temp -> Files.writeString(temp, content, StandardCharsets.UTF_8));
    }

    /** What fills the temporary file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Path temp) throws IOException;
    }

    /** Writes {@code target} atomically through {@code body}, creating its directory. */
    public static void write(Path target, Body body) throws IOException {
        Path temp = newTemp(target);
        try {
            body.writeTo(temp);
            commit(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A fresh temporary file beside {@code target} (its directory created), after
     * {@link #requireReplaceable}: for writers that stream into it and {@link #commit} at the end.
     */
    public static Path newTemp(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        requireReplaceable(absolute);
        Files.createDirectories(absolute.getParent());
        return Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), TEMP_SUFFIX);
    }

    /** Renames the complete {@code temp} over {@code target} (atomically where the file system can). */
    public static void commit(Path temp, Path target) throws IOException {
        requireReplaceable(target);
        rename(temp, target);
    }

    /**
     * Renames {@code from} to {@code to}, a file over a file or a directory to a free name,
     * atomically where the file system can and as a plain move where it cannot.
     */
    public static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes {@code dir} and everything in it; nothing happens if it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Deletes the temporary files that interrupted writes left directly in {@code dir} (hidden,
     * ending in {@value #TEMP_SUFFIX}); returns how many. Nothing happens if {@code dir} does not exist.
     */
    public static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(TEMP_SUFFIX) && Files.isRegularFile(p)) {
                    try {
                        Files.delete(p);
                        removed++;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot remove the leftover temporary file " + p, e);
                    }
                }
            }
        }
        return removed;
    }
}
