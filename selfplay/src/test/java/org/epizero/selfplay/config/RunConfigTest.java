package org.epizero.selfplay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.epizero.engine.game.GameRegistry;
import org.junit.jupiter.api.Test;

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
                "schedule.generations=3", "selfPlay.valueTargetSearchWeight=0.25"));
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
    void roundTripsThroughItsSavedJson() throws IOException {
        RunConfig c = RunConfig.resolve("connect4", null, List.of("seed=9"));
        ConfigTree saved = ConfigTree.fromValue(c);
        assertEquals(c, saved.bind(RunConfig.class));
    }
}
