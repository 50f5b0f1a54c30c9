package org.epizero.selfplay.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.epizero.selfplay.run.RunDirectory;
import picocli.CommandLine.Option;

/** The options of commands that let one checkpoint's search play interactively ({@code gtp}, {@code play}). */
final class CheckpointAgentOptions {

    @Option(names = "--checkpoint", required = true, description = "a checkpoint directory, or a run directory (its latest checkpoint)")
    Path checkpoint;

    @Option(names = "--simulations", defaultValue = "200", description = "search simulations per move (default ${DEFAULT-VALUE})")
    int simulations;

    @Option(names = "--seed", defaultValue = "1", description = "search seed (default ${DEFAULT-VALUE})")
    long seed;

    /**
     * The checkpoint directory to load, after checking the options.
     *
     * @throws IllegalArgumentException on a bad simulation count or a directory that holds no checkpoint
     */
    Path checkpointDir() throws IOException {
        if (simulations < 1) {
            throw new IllegalArgumentException("--simulations must be at least 1");
        }
        return RunDirectory.resolveCheckpoint(checkpoint);
    }
}
