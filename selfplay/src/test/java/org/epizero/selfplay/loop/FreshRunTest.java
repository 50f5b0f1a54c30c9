package org.epizero.selfplay.loop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.epizero.selfplay.cli.EpiZeroCli;
import org.epizero.selfplay.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A new run starts only where nothing could be mistaken for its own data, and a failed start leaves nothing that blocks. */
class FreshRunTest {

    @TempDir
    Path dir;

    private static int train(StringWriter err, String game, Path run) {
        CommandLine cli = EpiZeroCli.commandLine();
        cli.setErr(new PrintWriter(err));
        return cli.execute("train", game, "--run", run.toString(), "--quiet",
                "--set", "schedule.generations=1", "--set", "schedule.stepsPerGeneration=2", "--set", "schedule.batchSize=8",
                "--set", "selfPlay.gamesPerGeneration=2", "--set", "selfPlay.concurrentGames=2", "--set", "search.simulations=2",
                "--set", "network.residualBlocks=1", "--set", "network.channels=8");
    }

    @Test
    void aFailedStartLeavesNoConfigBehind() {
        Path run = dir.resolve("run");
        StringWriter err = new StringWriter();
        assertEquals(1, train(err, "chess", run));
        assertFalse(new RunDirectory(run).exists(), "no config.json after a failed start");
        assertEquals(0, train(err, "tictactoe", run), err.toString());
        assertTrue(new RunDirectory(run).exists());
    }

    @Test
    void gamesOfAnUnknownRunAreNotTakenForTheNewRunsOwn() throws Exception {
        Path run = dir.resolve("stale");
        RunDirectory stale = new RunDirectory(run);
        Files.createDirectories(stale.gamesDir());
        byte[] old = {31, -117, 8, 0};
        Files.write(stale.generationGames(0), old);
        StringWriter err = new StringWriter();
        assertEquals(1, train(err, "tictactoe", run));
        assertTrue(err.toString().contains("holds games of a run without config.json"), err.toString());
        assertArrayEquals(old, Files.readAllBytes(stale.generationGames(0)), "left as it was");
        assertFalse(stale.exists());
    }
}
