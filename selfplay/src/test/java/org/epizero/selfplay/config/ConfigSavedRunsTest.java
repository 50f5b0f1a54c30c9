package org.epizero.selfplay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epizero.engine.nn.TrainerConfig.OptimizerKind;
import org.epizero.selfplay.loop.LoopListener;
import org.epizero.selfplay.loop.TrainingLoop;
import org.epizero.selfplay.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs saved before {@code trainer.seed} and {@code search.temperature} were retired (and before
 * momentum was refused with Adam) still load: the committed runs' {@code config.json} files, read
 * from the repository and copied, never changed in place.
 */
class ConfigSavedRunsTest {

    private static final Path RUNS = Path.of("..", "analysis", "results", "runs");

    @TempDir
    Path dir;

    @Test
    void theCommittedRunsBindAndResume() throws IOException {
        for (String name : List.of("tictactoe", "connect4", "go9")) {
            Path copy = Files.createDirectories(dir.resolve(name));
            Files.copy(RUNS.resolve(name).resolve("config.json"), copy.resolve("config.json"));
            RunConfig saved = RunConfig.readSaved(copy.resolve("config.json"), List.of());
            assertEquals(1, saved.seed(), name);
            assertEquals(OptimizerKind.ADAM, saved.trainer().optimizer(), name);
            assertNull(saved.trainer().momentum(), name + ": Adam's ignored momentum is dropped");
            assertEquals(saved, TrainingLoop.resume(new RunDirectory(copy), List.of(), new LoopListener() { }).config(), name);

            int generations = saved.schedule().generations() + 1;
            TrainingLoop.resume(new RunDirectory(copy), List.of(TrainingLoop.EXTENDABLE_KEY + "=" + generations), new LoopListener() { });
            ConfigTree rewritten = ConfigTree.fromJsonFile(copy.resolve("config.json"));
            assertNull(rewritten.get("trainer.seed"), name + ": an extended run is saved in today's keys");
            assertNull(rewritten.get("search.temperature"), name);
            assertEquals(generations, rewritten.bind(RunConfig.class).schedule().generations(), name);
        }
    }

    @Test
    void aRetiredKeyWhoseSavedValueTheRunDidNotUseIsRefusedByName() throws IOException {
        String saved = Files.readString(RUNS.resolve("tictactoe").resolve("config.json"));
        assertRefused(saved.replaceFirst("\"seed\" : 1\\s*}", "\"seed\" : 2 }"), "trainer.seed");
        assertRefused(saved.replace("\"temperature\" : 1.0", "\"temperature\" : 0.0"), "search.temperature");
    }

    @Test
    void momentumIsKeptForSgdAndANewConfigNamingARetiredKeyIsRefused() throws IOException {
        String saved = Files.readString(RUNS.resolve("tictactoe").resolve("config.json")).replace("\"ADAM\"", "\"SGD_MOMENTUM\"");
        Path file = Files.writeString(dir.resolve("sgd.json"), saved);
        assertEquals(0.9f, RunConfig.readSaved(file, List.of()).trainer().momentum());

        Path own = Files.writeString(dir.resolve("own.json"), "{\"search\": {\"temperature\": 0.5}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunConfig.resolve("tictactoe", own, List.of()));
        assertTrue(e.getMessage().contains("'search.temperature' no longer exists") && e.getMessage().contains("selfPlay.temperatureMoves"),
                e.getMessage());
        // The same reason, not a bare "unknown key", when the key comes with --set.
        e = assertThrows(IllegalArgumentException.class, () -> RunConfig.resolve("tictactoe", null, List.of("search.temperature=0.5")));
        assertTrue(e.getMessage().contains("'search.temperature' no longer exists"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RunConfig.readSaved(file, List.of(" trainer.seed = 3")));
        assertTrue(e.getMessage().contains("'trainer.seed' no longer exists"), e.getMessage());
    }

    private void assertRefused(String json, String key) throws IOException {
        Path file = Files.writeString(dir.resolve("refused.json"), json);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunConfig.readSaved(file, List.of()));
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
    }
}
