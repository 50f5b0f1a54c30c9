package org.epizero.selfplay.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One process's exclusive hold on a directory it writes logs into, so that two processes never
 * write the same generation (a run directory, held by {@code train}), the same tournament ({@code
 * RUN/arena}, held by {@code elo}) or the same measurement log (an epiplexity output directory):
 * {@code DIR/.lock}, locked through the operating system, which releases the lock when its holder
 * exits or is killed (a lock file left by a killed process does not block). The file names the
 * holder (process id, what it does, since when) for the message a second process gets.
 */
public final class DirectoryLock implements AutoCloseable {

    /** The lock file's name inside the locked directory. */
    public static final String FILE_NAME = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the directory {@code root} (created if missing) for {@code purpose}, e.g.
     * "train".
     *
     * @throws IllegalStateException naming the holder if another process, or this one, holds it
     */
    public static DirectoryLock acquire(Path root, String purpose) throws IOException {
        Files.createDirectories(root);
        Path file = root.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            channel.close();
            throw new IllegalStateException(root + " is in use by " + (holder.isEmpty() ? "another process" : holder)
                    + "; wait until it ends or stop it (a killed process releases it)");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + " (" + purpose + ", since "
                    + Instant.now() + ")\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new DirectoryLock(channel, lock);
    }

    /** Releases the lock; the file stays (deleting it would race with the next holder). */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
