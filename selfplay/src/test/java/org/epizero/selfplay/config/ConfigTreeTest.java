package org.epizero.selfplay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTreeTest {

    record Inner(int steps, double rate) {
        Inner {
            if (steps < 1) {
                throw new IllegalArgumentException("steps must be at least 1");
            }
        }
    }

    record Outer(String game, Inner training) {
    }

    @TempDir
    Path dir;

    private static ConfigTree base() {
        return ConfigTree.fromValue(new Outer("tictactoe", new Inner(10, 0.01)));
    }

    @Test
    void layersFileAndOverridesOverDefaults() throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"training\": {\"rate\": 0.5}}");
        Outer o = base().mergeFile(file).override(List.of("training.steps=7", "game=connect4")).bind(Outer.class);
        assertEquals(new Outer("connect4", new Inner(7, 0.5)), o);
    }

    @Test
    void namesUnknownKeysAndBadValues() throws IOException {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> base().override(List.of("training.stpes=3")));
        assertTrue(typo.getMessage().contains("training.stpes") && typo.getMessage().contains("steps"), typo.getMessage());
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"training\": {\"ratee\": 1}}");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> base().mergeFile(file).bind(Outer.class));
        assertTrue(unknown.getMessage().contains("ratee"), unknown.getMessage());
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> base().override(List.of("training.steps=0")).bind(Outer.class));
        assertTrue(invalid.getMessage().contains("steps must be at least 1"), invalid.getMessage());
        Files.writeString(file, "{not json");
        assertThrows(IllegalArgumentException.class, () -> base().mergeFile(file));
    }

    @Test
    void aRepeatedKeyOrAFractionForAWholeNumberIsAnErrorNotAGuess() throws IOException {
        Path file = dir.resolve("twice.json");
        Files.writeString(file, "{\"training\": {\"steps\": 3, \"steps\": 5}}");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> base().mergeFile(file));
        assertTrue(twice.getMessage().contains(file.toString()) && twice.getMessage().contains("steps"), twice.getMessage());
        assertFalse(twice.getMessage().contains("REDACTED"), twice.getMessage());
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
                () -> base().override(List.of("training.steps=1.5")).bind(Outer.class));
        assertTrue(fraction.getMessage().contains("'training.steps'"), fraction.getMessage());
        assertEquals(0.5, base().override(List.of("training.rate=0.5")).bind(Outer.class).training().rate(), "fractions stay fine where they fit");
    }
}
