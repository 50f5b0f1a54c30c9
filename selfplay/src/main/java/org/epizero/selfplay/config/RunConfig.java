package org.epizero.selfplay.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.GameSpec;
import org.epizero.engine.nn.NetworkConfig;

/**
 * Everything a training run needs, resolved: saved as {@code run/config.json} so that a run can be
 * resumed and repeated exactly. Built from the shipped defaults ({@code configs/default.json},
 * which holds every key), the differences shipped for the game ({@code configs/<game>.json}, when
 * there is one), an optional user file and command-line overrides. Every key is described in
 * {@code docs/config.md}.
 *
 * @param game the game spec
 * @param seed the one seed of the run: network initialisation, root noise, moves, batches, the
 *     trainer's augmentation and the gating arena
 * @param selfPlay how games are generated
 * @param search the search used to play them
 * @param network the network architecture
 * @param trainer optimiser and loss settings (the trainer is seeded by {@code seed})
 * @param schedule generations, steps and window
 * @param gating whether a new network must win an arena match before it plays; absent (runs saved
 *     before gating existed) means off
 * @param torchThreads PyTorch intra-op threads of the whole run (self-play, training, gating), or 0
 *     for the launcher's choice at start-up ({@code EPIZERO_TORCH_THREADS}, else the cores other
 *     processes leave free); saved with the run, because the numbers differ between counts
 */
public record RunConfig(String game, long seed, SelfPlaySettings selfPlay, SearchSettings search, NetworkConfig network,
        TrainerSettings trainer, TrainingSchedule schedule, GatingSettings gating, int torchThreads) {

    /** The shipped defaults: every key of a run config, each with its value for a game that ships no differences. */
    public static final String DEFAULTS = "configs/default.json";

    public RunConfig {
        GameSpec.parse(game);
        if (gating == null) {
            gating = GatingSettings.OFF;
        }
        if (torchThreads < 0) {
            throw new IllegalArgumentException("torchThreads must be 0 (the launcher's choice) or more, got " + torchThreads);
        }
    }

    /**
     * The defaults shipped for {@code gameSpec}'s game, with {@code file} (may be null) and
     * {@code overrides} ({@code key.path=value}) layered on top. The game given on the command
     * line wins over any game named in the file.
     */
    public static RunConfig resolve(String gameSpec, Path file, List<String> overrides) throws IOException {
        String name = GameSpec.parse(gameSpec).name();
        String resource = "configs/" + name + ".json";
        ConfigTree tree = ConfigTree.fromResource(DEFAULTS);
        if (ConfigTree.class.getClassLoader().getResource(resource) != null) {
            tree = tree.merge(ConfigTree.fromResource(resource));
        }
        if (file != null) {
            ConfigTree own = ConfigTree.fromJsonFile(file);
            JsonNode fileGame = own.get("game");
            GameRegistry registry = GameRegistry.load();
            if (fileGame != null && !registry.create(fileGame.asText()).spec().equals(registry.create(gameSpec).spec())) {
                throw new IllegalArgumentException(file + " is a config for " + fileGame.asText() + ", not for " + gameSpec
                        + "; name the same game or remove its \"game\" key");
            }
            tree = tree.mergeFile(file);
        }
        RetiredKeys.refuseIn(tree, overrides);
        for (String o : overrides) {
            if (o.strip().startsWith("game=")) {
                throw new IllegalArgumentException("the game is named as the first argument, not with --set " + o.strip());
            }
        }
        tree = tree.override(overrides).override(List.of("game=\"" + gameSpec.replace("\"", "") + "\""));
        return tree.bind(RunConfig.class);
    }

    /**
     * The config saved in a run directory's {@code config.json}, with {@code overrides} applied.
     * Configs saved before keys were retired still load: a retired key is dropped when its saved
     * value is what the run did, and refused by name otherwise.
     */
    public static RunConfig readSaved(Path configFile, List<String> overrides) throws IOException {
        ConfigTree saved = RetiredKeys.upgradeSaved(ConfigTree.fromJsonFile(configFile));
        RetiredKeys.refuseIn(saved, overrides);
        return saved.override(overrides).bind(RunConfig.class);
    }
}
