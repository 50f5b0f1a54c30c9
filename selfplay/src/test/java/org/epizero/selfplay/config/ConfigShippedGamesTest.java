package org.epizero.selfplay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped configs after they were cut down to their differences from {@code default.json}.
 * {@code resolved-before-key-cleanup.json} is a hard copy of every shipped game's resolved config
 * as it was before that refactor (and before {@code trainer.seed} and {@code search.temperature}
 * were retired). It guards the refactor: it must not be regenerated from the current code, and a
 * deliberate change of a shipped default replaces the value there by hand.
 */
class ConfigShippedGamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyShippedGameResolvesValueForValueAsBefore(@TempDir Path dir) throws IOException {
        JsonNode before = resource("config/resolved-before-key-cleanup.json");
        Iterator<Map.Entry<String, JsonNode>> games = before.fields();
        while (games.hasNext()) {
            Map.Entry<String, JsonNode> e = games.next();
            Path saved = dir.resolve(e.getKey() + ".json");
            Files.writeString(saved, e.getValue().toString());
            // Read as a saved run: the retired keys must agree with what the code did and are dropped.
            RunConfig expected = RunConfig.readSaved(saved, List.of());
            // The keys added since: those runs played each generation as one group, with the
            // launcher's thread count.
            assertEquals(expected.selfPlay().gamesPerGeneration(), expected.selfPlay().gamesPerGroup(), e.getKey());
            assertEquals(0, expected.torchThreads(), e.getKey());
            String oneGroup = "selfPlay.gamesPerGroup=" + expected.selfPlay().gamesPerGeneration();
            assertEquals(expected, RunConfig.resolve(e.getKey(), null, List.of(oneGroup, "torchThreads=0")), e.getKey());
        }
    }

    @Test
    void defaultHoldsEveryKeyAndGameFilesOnlyTheirDifferences() throws IOException {
        JsonNode defaults = resource(RunConfig.DEFAULTS);
        for (String game : ConfigReferenceTest.shippedGames()) {
            JsonNode own = resource("configs/" + game + ".json");
            assertOnlyDifferences(game, "", own, defaults);
        }
    }

    private static void assertOnlyDifferences(String game, String prefix, JsonNode own, JsonNode defaults) {
        Iterator<Map.Entry<String, JsonNode>> fields = own.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String key = prefix + e.getKey();
            JsonNode base = defaults.get(e.getKey());
            assertNotNull(base, game + ".json has '" + key + "', which default.json lacks");
            if (e.getValue().isObject()) {
                assertTrue(base.isObject(), game + ".json: '" + key + "' is a section in one file only");
                assertOnlyDifferences(game, key + ".", e.getValue(), base);
            } else {
                assertFalse(ConfigReferenceTest.sameValue(e.getValue(), base), game + ".json repeats the default of '" + key + "'");
            }
        }
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = ConfigShippedGamesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return JSON.readTree(in);
        }
    }
}
