package org.epizero.selfplay.gtp;

import java.nio.file.Path;
import org.epizero.engine.game.Game;
import org.epizero.engine.nn.Checkpoint;
import org.epizero.engine.nn.NetworkConfig;
import org.epizero.engine.nn.PolicyValueNetwork;

/** An untrained one-block, eight-channel network saved as a checkpoint: a real, fast, weak player for tests. */
public final class TinyCheckpoint {

    private TinyCheckpoint() {
    }

    /** Saves a fresh tiny network for {@code game} into {@code dir} and returns {@code dir}. */
    public static Path save(Game game, Path dir) {
        try (PolicyValueNetwork network = PolicyValueNetwork.create(game, NetworkConfig.of(1, 8))) {
            Checkpoint.save(network, 0, dir);
        }
        return dir;
    }
}
