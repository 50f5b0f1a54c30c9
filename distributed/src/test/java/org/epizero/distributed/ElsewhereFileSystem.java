package org.epizero.distributed;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop file system of its own scheme, {@code elsewhere:///a/b}, kept in the folder the system
 * property {@value #ROOT_PROPERTY} names, so a test sees that everything goes through Hadoop's
 * API: {@code elsewhere:///runs/x} is not the local path {@code /runs/x}. Registered in the test
 * class path's {@code core-site.xml}.
 */
public class ElsewhereFileSystem extends RawLocalFileSystem {

    static final String SCHEME = "elsewhere";
    static final String ROOT_PROPERTY = "epizero.test.elsewhere";

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public File pathToFile(org.apache.hadoop.fs.Path path) {
        checkPath(path);
        String inside = path.toUri().getPath();
        return root().resolve(inside.startsWith("/") ? inside.substring(1) : inside).toFile();
    }

    /** Where {@code elsewhere:///} lives on the local disk. */
    static Path root() {
        String root = System.getProperty(ROOT_PROPERTY);
        if (root == null) {
            throw new IllegalStateException("set " + ROOT_PROPERTY + " to the folder that holds elsewhere:///");
        }
        return Path.of(root);
    }

    /** The same file system for {@code FileContext}, which renames with overwrite. */
    public static class ForFileContext extends DelegateToFileSystem {
        public ForFileContext(URI uri, Configuration conf) throws IOException, URISyntaxException {
            super(uri, new ElsewhereFileSystem(), conf, SCHEME, false);
        }
    }
}
