package org.epizero.selfplay.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.epizero.selfplay.run.RunDirectory;
import org.epizero.selfplay.run.ShippedModels;
import picocli.CommandLine.Option;

/** The options of commands that let one checkpoint's search play interactively ({@code gtp}, {@code play}). */
final class CheckpointAgentOptions {

    @Option(names = "--checkpoint", description = "a checkpoint directory, or a run directory (its latest checkpoint);"
            + " default: the model shipped under models/ for the game")
    Path checkpoint;

    @Option(names = "--simulations", defaultValue = "200", description = "search simulations per move (default ${DEFAULT-VALUE})")
    int simulations;

    @Option(names = "--seed", defaultValue = "1", description = "search seed (default ${DEFAULT-VALUE})")
    long seed;

    /**
     * The checkpoint directory to load, after checking the options: the one given, else the
     * shipped model that {@code shipped} picks.
     *
     * @throws IllegalArgumentException on a bad simulation count, a directory that holds no
     *     checkpoint, or no checkpoint given and no shipped model chosen
     */
    Path checkpointDir(ShippedChoice shipped) throws IOException {
        if (simulations < 1) {
            throw new IllegalArgumentException("--simulations must be at least 1");
        }
        return checkpoint != null ? RunDirectory.resolveCheckpoint(checkpoint) : shipped.choose(ShippedModels.all()).checkpoint();
    }

    /** How a command picks a shipped model when no {@code --checkpoint} is given. */
    @FunctionalInterface
    interface ShippedChoice {

        /** @throws IllegalArgumentException naming what to do when none of {@code models} fits */
        ShippedModels.Model choose(List<ShippedModels.Model> models);
    }
}
