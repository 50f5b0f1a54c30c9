package org.epizero.distributed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.epizero.engine.io.AtomicFiles;
import org.epizero.selfplay.run.DirectoryLock;
import org.epizero.selfplay.run.WorkingCopy;

/**
 * A local copy of a directory on a Hadoop file system. Opening it copies the directory here;
 * {@link #publish} sends back each file that changed, under a temporary name in its own folder and
 * then renamed over the old one, and each new folder whole under a temporary name, so a reader of
 * the remote directory sees every file and every checkpoint folder complete or not at all (where
 * the file system renames atomically, as HDFS does; S3 copies). Within a folder the subfolders go
 * first and the files after, so a run's metrics line arrives after its games and checkpoint.
 * A writable copy holds the remote lock file {@code .lock} (created only where none exists)
 * until it is closed.
 */
final class HadoopWorkingCopy implements WorkingCopy {

    private static final String UPLOADING = ".uploading";
    private static final String LOCAL_ROOT = "epizero-working-copies";

    private record FileState(long size, long modified) {
        static FileState of(Path file) throws IOException {
            return new FileState(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        }
    }

    private final String location;
    private final FileSystem fs;
    private final FileContext files;
    private final org.apache.hadoop.fs.Path remote;
    private final Path local;
    private final boolean writable;
    private final Map<Path, FileState> published = new HashMap<>();
    private final Set<Path> remoteFolders = new HashSet<>();

    private HadoopWorkingCopy(URI location, Configuration conf, boolean writable) throws IOException {
        this.location = location.toString();
        this.remote = new org.apache.hadoop.fs.Path(location);
        this.fs = remote.getFileSystem(conf);
        this.files = FileContext.getFileContext(fs.getUri(), conf);
        this.writable = writable;
        String name = remote.getName().isEmpty() ? "root" : remote.getName();
        Path parent = Path.of(System.getProperty("java.io.tmpdir"), LOCAL_ROOT);
        Files.createDirectories(parent);
        // The folder keeps the remote directory's name: corpora and charts are labelled by it.
        this.local = Files.createTempDirectory(parent, "copy-").resolve(name);
        Files.createDirectories(local);
    }

    /** A copy of {@code location} that is written back, holding its lock; the directory is created if missing. */
    static HadoopWorkingCopy writable(URI location, String purpose, Configuration conf) throws IOException {
        HadoopWorkingCopy copy = new HadoopWorkingCopy(location, conf, true);
        copy.fs.mkdirs(copy.remote);
        copy.lock(purpose);
        try {
            copy.download(copy.remote, copy.local);
        } catch (IOException | RuntimeException e) {
            copy.unlock();
            throw e;
        }
        return copy;
    }

    /** A read-only copy of {@code location}, which must exist. */
    static HadoopWorkingCopy snapshot(URI location, Configuration conf) throws IOException {
        HadoopWorkingCopy copy = new HadoopWorkingCopy(location, conf, false);
        if (!copy.fs.getFileStatus(copy.remote).isDirectory()) {
            throw new IllegalArgumentException(location + " is not a directory");
        }
        copy.download(copy.remote, copy.local);
        return copy;
    }

    @Override
    public Path local() {
        return local;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized void publish() throws IOException {
        if (writable) {
            publish(local, remote);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            publish();
        } finally {
            if (writable) {
                unlock();
            }
            AtomicFiles.deleteTree(local.getParent());
        }
    }

    private void download(org.apache.hadoop.fs.Path from, Path to) throws IOException {
        for (FileStatus status : fs.listStatus(from)) {
            String name = status.getPath().getName();
            if (name.equals(DirectoryLock.FILE_NAME) || name.endsWith(UPLOADING)) {
                continue;
            }
            org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(from, name);
            Path target = to.resolve(name);
            if (status.isDirectory()) {
                Files.createDirectories(target);
                remoteFolders.add(target);
                download(source, target);
            } else {
                try (InputStream in = fs.open(source)) {
                    Files.copy(in, target);
                }
                published.put(target, FileState.of(target));
            }
        }
    }

    private void publish(Path from, org.apache.hadoop.fs.Path to) throws IOException {
        List<Path> folders = new ArrayList<>();
        List<Path> regular = new ArrayList<>();
        try (Stream<Path> entries = Files.list(from)) {
            entries.sorted().forEach(p -> (Files.isDirectory(p) ? folders : regular).add(p));
        }
        for (Path folder : folders) {
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(to, folder.getFileName().toString());
            if (!remoteFolders.contains(folder)) {
                org.apache.hadoop.fs.Path temporary = temporary(target);
                fs.delete(temporary, true);
                upload(folder, temporary);
                files.rename(temporary, target);
            }
            publish(folder, target);
        }
        for (Path file : regular) {
            if (file.getFileName().toString().equals(DirectoryLock.FILE_NAME) || FileState.of(file).equals(published.get(file))) {
                continue;
            }
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(to, file.getFileName().toString());
            org.apache.hadoop.fs.Path temporary = temporary(target);
            upload(file, temporary);
            files.rename(temporary, target, Options.Rename.OVERWRITE);
        }
    }

    /** Copies a local file, or a folder and everything in it, to {@code target}, and records what was sent. */
    private void upload(Path from, org.apache.hadoop.fs.Path target) throws IOException {
        if (Files.isDirectory(from)) {
            fs.mkdirs(target);
            remoteFolders.add(from);
            List<Path> entries;
            try (Stream<Path> list = Files.list(from)) {
                entries = list.sorted().toList();
            }
            for (Path entry : entries) {
                upload(entry, new org.apache.hadoop.fs.Path(target, entry.getFileName().toString()));
            }
            return;
        }
        FileState state = FileState.of(from);
        try (InputStream in = Files.newInputStream(from); OutputStream out = fs.create(target, true)) {
            in.transferTo(out);
        }
        published.put(from, state);
    }

    private static org.apache.hadoop.fs.Path temporary(org.apache.hadoop.fs.Path target) {
        return new org.apache.hadoop.fs.Path(target.getParent(), "." + target.getName() + UPLOADING);
    }

    private void lock(String purpose) throws IOException {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(remote, DirectoryLock.FILE_NAME);
        String holder = LockHolder.here(purpose).toLine();
        for (int attempt = 0; ; attempt++) {
            try (OutputStream out = fs.create(file, false)) {
                out.write(holder.getBytes(StandardCharsets.UTF_8));
                return;
            } catch (FileAlreadyExistsException e) {
                String found;
                try (InputStream in = fs.open(file)) {
                    found = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                }
                if (attempt == 0 && LockHolder.parse(found).isGoneFromThisHost()) {
                    fs.delete(file, false);
                    continue;
                }
                throw new IllegalStateException(location + " is in use by " + found + "; wait until it ends, or, if that"
                        + " process is gone (a killed driver on another machine), delete " + file + " and run again");
            }
        }
    }

    private void unlock() throws IOException {
        fs.delete(new org.apache.hadoop.fs.Path(remote, DirectoryLock.FILE_NAME), false);
    }

    /** Who holds a remote lock: enough to tell a live holder from one killed on this machine. */
    record LockHolder(String host, long pid, String purpose, String since) {

        static LockHolder here(String purpose) throws IOException {
            return new LockHolder(InetAddress.getLocalHost().getHostName(), ProcessHandle.current().pid(), purpose,
                    Instant.now().toString());
        }

        String toLine() {
            return "host=" + host + " pid=" + pid + " since=" + since + " purpose=" + purpose;
        }

        /** The holder a lock file names; an unreadable one names nobody that could be checked. */
        static LockHolder parse(String line) {
            Map<String, String> fields = new HashMap<>();
            String[] parts = line.split(" ", 4);
            for (String part : parts) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    fields.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            long pid;
            try {
                pid = Long.parseLong(fields.getOrDefault("pid", "-1"));
            } catch (NumberFormatException e) {
                pid = -1;
            }
            return new LockHolder(fields.getOrDefault("host", ""), pid, fields.getOrDefault("purpose", ""),
                    fields.getOrDefault("since", ""));
        }

        boolean isGoneFromThisHost() throws IOException {
            return pid > 0 && host.equals(InetAddress.getLocalHost().getHostName()) && ProcessHandle.of(pid).isEmpty();
        }
    }
}
