package org.epizero.selfplay.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.GameSpec;
import org.epizero.engine.nn.NetworkConfig;
import org.epizero.engine.nn.TrainerConfig;
import org.epizero.engine.search.SearchConfig;

/**
 * Everything a training run needs, resolved: saved as {@code run/config.json} so that a run can be
 * resumed and repeated exactly. Built from the shipped per-game defaults
 * ({@code configs/<game>.json}), an optional user file and command-line overrides.
 *
 * @param game the game spec
 * @param seed seed of every random choice of the run (network initialisation, noise, moves, batches)
 * @param selfPlay how games are generated
 * @param search the search used to play them
 * @param network the network architecture
 * @param trainer optimiser and loss settings
 * @param schedule generations, steps and window
 * @param gating whether a new network must win an arena match before it plays; absent (runs saved
 *     before gating existed) means off
 */
public record RunConfig(String game, long seed, SelfPlaySettings selfPlay, SearchConfig search, NetworkConfig network,
        TrainerConfig trainer, TrainingSchedule schedule, GatingSettings gating) {

    public RunConfig {
        GameSpec.parse(game);
        if (gating == null) {
            gating = GatingSettings.OFF;
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
        ConfigTree tree = ConfigTree.class.getClassLoader().getResource(resource) != null
                ? ConfigTree.fromResource(resource)
                : ConfigTree.fromResource("configs/default.json");
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
        for (String o : overrides) {
            if (o.strip().startsWith("game=")) {
                throw new IllegalArgumentException("the game is named as the first argument, not with --set " + o.strip());
            }
        }
        tree = tree.override(overrides).override(List.of("game=\"" + gameSpec.replace("\"", "") + "\""));
        return tree.bind(RunConfig.class);
    }
}
