package org.epizero.selfplay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epizero.engine.game.GameRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigTest {

    @Test
    void everyShippedConfigBindsAndNamesARegisteredGame() throws IOException {
        for (String spec : List.of("tictactoe", "connect4", "go(size=9)", "go(size=5,komi=0.5)")) {
            RunConfig c = RunConfig.resolve(spec, null, List.of());
            assertEquals(spec, c.game());
            GameRegistry.load().create(c.game());
            assertTrue(c.schedule().generations() >= 1 && c.search().simulations() >= 1, spec);
        }
    }

    @Test
    void overridesReachNestedRecordsAndBadValuesAreNamed() throws IOException {
        RunConfig c = RunConfig.resolve("tictactoe", null, List.of("search.cPuct=2.5", "trainer.optimizer=SGD_MOMENTUM",
                "trainer.momentum=0.9", "schedule.generations=3", "selfPlay.valueTargetSearchWeight=0.25"));
        assertEquals(2.5, c.search().cPuct());
        assertEquals("SGD_MOMENTUM", c.trainer().optimizer().name());
        assertEquals(3, c.schedule().generations());
        assertEquals(0.25, c.selfPlay().valueTargetSearchWeight());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunConfig.resolve("tictactoe", null, List.of("search.simulations=0")));
        assertTrue(e.getMessage().contains("simulations"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RunConfig.resolve("tictactoe", null, List.of("search.cpuct=1")));
    }

    @Test
    void momentumIsRequiredBySgdAndRefusedWithAdam() {
        IllegalArgumentException adam = assertThrows(IllegalArgumentException.class,
                () -> RunConfig.resolve("tictactoe", null, List.of("trainer.momentum=0.9")));
        assertTrue(adam.getMessage().contains("trainer.momentum does not apply to optimizer ADAM"), adam.getMessage());
        IllegalArgumentException sgd = assertThrows(IllegalArgumentException.class,
                () -> RunConfig.resolve("tictactoe", null, List.of("trainer.optimizer=SGD_MOMENTUM")));
        assertTrue(sgd.getMessage().contains("needs trainer.momentum"), sgd.getMessage());
    }

    @Test
    void roundTripsThroughItsSavedJson() throws IOException {
        RunConfig c = RunConfig.resolve("connect4", null, List.of("seed=9"));
        ConfigTree saved = ConfigTree.fromValue(c);
        assertEquals(c, saved.bind(RunConfig.class));
    }

    @Test
    void aConfigFileOfAnotherGameOrAGameSetByKeyIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c4.json");
        Files.writeString(file, "{\"game\": \"connect4\", \"seed\": 4}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunConfig.resolve("tictactoe", file, List.of()));
        assertTrue(e.getMessage().contains(file + " is a config for connect4, not for tictactoe"), e.getMessage());
        assertEquals(4, RunConfig.resolve("connect4", file, List.of()).seed(), "the same game is fine");
        Files.writeString(file, "{\"game\": \"go(size=9)\"}");
        assertEquals("go(size=9,komi=7.5)", RunConfig.resolve("go(size=9,komi=7.5)", file, List.of()).game().replace(" ", ""),
                "specs compare with their defaults filled in");
        assertThrows(IllegalArgumentException.class, () -> RunConfig.resolve("tictactoe", null, List.of("game=connect4")));
    }
}
