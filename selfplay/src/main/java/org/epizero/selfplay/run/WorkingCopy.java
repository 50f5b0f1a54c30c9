package org.epizero.selfplay.run;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * A directory that a command reads and writes through the local file system: a local directory
 * itself, or a local copy of a directory on another file system ({@code hdfs://}, {@code s3a://},
 * any that the distributed module's Hadoop file systems reach). A writable copy holds the remote
 * directory's lock and sends what changed back at each {@link #publish}, every file under a
 * temporary name and then renamed, so readers of the remote directory never see half a file.
 */
public interface WorkingCopy extends AutoCloseable {

    /** The local directory the command works in. */
    Path local();

    /** Where the directory lives, as given. */
    String location();

    /**
     * Sends the files that changed since the last publish to where the directory lives; a no-op
     * for a local directory and for a read-only snapshot.
     */
    void publish() throws IOException;

    /** Publishes what changed and releases the remote lock. */
    @Override
    void close() throws IOException;

    /**
     * The directory at {@code location}, to read and write: a local path (or {@code file:} URI) as
     * it is; a URI of another scheme copied here, locked, and published at {@link #publish} and
     * {@link #close}.
     */
    static WorkingCopy writable(String location, String purpose) throws IOException {
        URI remote = remoteUri(location);
        return remote == null ? new LocalDirectory(localPath(location), location) : RemoteDirectories.onClassPath().writable(remote, purpose);
    }

    /** The directory at {@code location}, to read: a local path as it is, a remote one copied here once. */
    static WorkingCopy snapshot(String location) throws IOException {
        URI remote = remoteUri(location);
        return remote == null ? new LocalDirectory(localPath(location), location) : RemoteDirectories.onClassPath().snapshot(remote);
    }

    /** Whether {@code location} names a directory on a file system other than the local one. */
    static boolean isRemote(String location) {
        return remoteUri(location) != null;
    }

    private static URI remoteUri(String location) {
        if (!Pattern.matches("[A-Za-z][A-Za-z0-9+.-]*://.*", location)) {
            return null;
        }
        URI uri = URI.create(location);
        return "file".equalsIgnoreCase(uri.getScheme()) ? null : uri;
    }

    private static Path localPath(String location) {
        return location.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(location)) : Path.of(location);
    }

    /** A local directory: nothing to copy or publish. */
    record LocalDirectory(Path local, String location) implements WorkingCopy {
        @Override
        public void publish() {
        }

        @Override
        public void close() {
        }
    }

    /**
     * Copies of directories on other file systems, from the implementation on the class path
     * (found with {@link ServiceLoader}; the distributed module's, through Hadoop's FileSystem API).
     */
    interface RemoteDirectories {

        /** A locked, writable local copy of {@code location}, created there if missing. */
        WorkingCopy writable(URI location, String purpose) throws IOException;

        /** A read-only local copy of {@code location}. */
        WorkingCopy snapshot(URI location) throws IOException;

        /** The implementation on the class path, or a clear error where there is none. */
        static RemoteDirectories onClassPath() {
            return ServiceLoader.load(RemoteDirectories.class).findFirst().orElseThrow(() -> new IllegalStateException(
                    "directories on other file systems (hdfs://, s3a://, ...) need the distributed module on the class path:"
                            + " scripts/epizero adds it when an argument is such a URI (build it with 'mvn -B -DskipTests package')"));
        }
    }
}
