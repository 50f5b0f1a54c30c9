package org.epizero.games.go.gtp;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the GNU Go program: on the PATH, else in Debian's games folder, where the package installs it. */
public final class GnuGoProgram {

    private GnuGoProgram() {
    }

    /** The gnugo executable, if installed. */
    public static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, "gnugo"));
                }
            }
        }
        candidates.add(Path.of("/usr/games/gnugo"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }
}
