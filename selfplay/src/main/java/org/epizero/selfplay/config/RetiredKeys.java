package org.epizero.selfplay.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.epizero.engine.nn.TrainerConfig.OptimizerKind;

/**
 * Keys that earlier run configs had and that no longer exist because they did not do what their
 * names said. A new config that names one is refused with the reason. A saved run's
 * {@code config.json} still holds them: there a key is dropped when its saved value is what the
 * run really did, and refused otherwise, because the file would then claim a setting the run
 * never had and resuming or reporting on it would repeat that claim.
 */
final class RetiredKeys {

    /** A retired key, why it went, and whether a saved value agrees with what the code did. */
    private record Retired(String path, String reason, BiPredicate<JsonNode, ConfigTree> agrees) {
    }

    private static final List<Retired> RETIRED = List.of(
            new Retired("trainer.seed", "the trainer was always seeded by the top-level 'seed', which is the one seed of a run",
                    (value, tree) -> value.isIntegralNumber() && tree.get("seed") != null && value.asLong() == tree.get("seed").asLong()),
            new Retired("search.temperature", "self-play chooses its moves by selfPlay.temperatureMoves (temperature 1 for"
                    + " those first moves, then the most visited move), never by this key",
                    (value, tree) -> value.isNumber() && value.asDouble() == 1.0));

    private RetiredKeys() {
    }

    /** Refuses a new config, or {@code key.path=value} overrides, that name a retired key. */
    static void refuseIn(ConfigTree tree, List<String> overrides) {
        for (Retired r : RETIRED) {
            if (tree.get(r.path()) != null || overrides.stream().anyMatch(o -> assigns(o, r.path()))) {
                throw new IllegalArgumentException("config key '" + r.path() + "' no longer exists: " + r.reason()
                        + "; remove it (see docs/config.md)");
            }
        }
    }

    private static boolean assigns(String override, String path) {
        int eq = override.indexOf('=');
        return eq > 0 && override.substring(0, eq).strip().equals(path);
    }

    /**
     * A saved run's config in today's keys: retired keys whose values agree with what the run did
     * are dropped, and so is a momentum saved with Adam, which earlier configs documented as
     * ignored by Adam. A run saved before self-play had groups played each generation as one
     * group, so it resumes with {@code selfPlay.gamesPerGroup = selfPlay.gamesPerGeneration};
     * one saved before {@code torchThreads} existed resumes with 0, the launcher's choice, and one
     * saved before {@code search.solver} existed without the solver and forced playouts.
     */
    static ConfigTree upgradeSaved(ConfigTree tree) {
        ConfigTree upgraded = tree;
        for (Retired r : RETIRED) {
            JsonNode value = tree.get(r.path());
            if (value == null) {
                continue;
            }
            if (!r.agrees().test(value, tree)) {
                throw new IllegalArgumentException("saved config key '" + r.path() + "' is " + value + ", but " + r.reason()
                        + "; the run did not use that value, so edit the saved config.json to remove the key");
            }
            upgraded = upgraded.without(r.path());
        }
        JsonNode optimizer = tree.get("trainer.optimizer");
        if (optimizer != null && OptimizerKind.ADAM.name().equals(optimizer.asText())) {
            upgraded = upgraded.without("trainer.momentum");
        }
        if (tree.get("torchThreads") == null) {
            // Runs saved before the key took the launcher's thread count, which 0 still means.
            upgraded = upgraded.merge(ConfigTree.fromValue(Map.of("torchThreads", 0)));
        }
        // Runs saved before these keys searched without the solver and without forced playouts.
        for (Map.Entry<String, Object> off : Map.<String, Object>of("solver", false, "forcedPlayouts", 0.0).entrySet()) {
            if (tree.get("search." + off.getKey()) == null) {
                upgraded = upgraded.merge(ConfigTree.fromValue(Map.of("search", Map.of(off.getKey(), off.getValue()))));
            }
        }
        JsonNode games = tree.get("selfPlay.gamesPerGeneration");
        if (games != null && tree.get("selfPlay.gamesPerGroup") == null) {
            upgraded = upgraded.merge(ConfigTree.fromValue(Map.of("selfPlay", Map.of("gamesPerGroup", games.asInt()))));
        }
        return upgraded;
    }
}
