package org.epizero.selfplay.loop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.epizero.engine.nn.Checkpoint;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.selfplay.cli.CliRun;
import org.epizero.selfplay.cli.EpiZeroCli;
import org.epizero.selfplay.run.GenerationMetrics;
import org.epizero.selfplay.run.MetricsLog;
import org.epizero.selfplay.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Kills a real training process with SIGKILL in the middle of a generation and resumes it. */
class KillAndResumeTest {

    private static final int GENERATIONS = 4;
    /** Enough steps that training takes a noticeable time, so the kill lands inside a generation. */
    private static final int STEPS = 40;

    @TempDir
    Path dir;

    @Test
    void killedRunResumesWithoutLosingOrRepeatingWork() throws Exception {
        Path runPath = dir.resolve("run");
        RunDirectory run = new RunDirectory(runPath);
        Process process = new ProcessBuilder(javaCommand(runPath)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("first.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(run.generationGames(1)) && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(20);
            }
            assertTrue(Files.exists(run.generationGames(1)), "the run reached generation 1: " + Files.readString(dir.resolve("first.log")));
            StringWriter err = new StringWriter();
            CommandLine second = EpiZeroCli.commandLine();
            second.setErr(new PrintWriter(err));
            assertEquals(1, second.execute("train", "--resume", "--run", runPath.toString(), "--quiet"),
                    "a second process on a running run is refused");
            assertTrue(err.toString().contains("is in use by process " + process.pid() + " (train"), err.toString());
        } finally {
            process.destroyForcibly().waitFor();
        }
        assertTrue(run.checkpointSteps().size() < GENERATIONS + 1, "the kill landed before the run finished");
        byte[] gen0 = Files.readAllBytes(run.generationGames(0));
        byte[] gen1 = Files.readAllBytes(run.generationGames(1));
        // What a kill in the middle of a write leaves: a hidden temporary file beside its target.
        Path cut = run.generationGames(2).resolveSibling("." + run.generationGames(2).getFileName() + "4711.tmp");
        Files.write(cut, new byte[] {31, -117, 8});
        // What a kill between the two renames of a checkpoint's replacement leaves: the old copy aside.
        Path aside = run.checkpointsDir().resolve(".step-0.old-4711");
        Files.move(run.checkpoint(0), aside);
        int exit = EpiZeroCli.commandLine().execute("train", "--resume", "--run", runPath.toString(), "--quiet");
        assertEquals(0, exit, "the killed process's lock does not block");

        assertArrayEquals(gen0, Files.readAllBytes(run.generationGames(0)), "finished games are kept as they were");
        assertArrayEquals(gen1, Files.readAllBytes(run.generationGames(1)), "the killed generation's finished games are reused");
        List<GenerationMetrics> metrics = new MetricsLog(run.metricsFile()).read();
        assertEquals(List.of(0, 1, 2, 3), metrics.stream().map(GenerationMetrics::generation).toList(), "one line per generation");
        assertEquals(List.of(0L, 40L, 80L, 120L, 160L), run.checkpointSteps(), "every checkpoint, once");
        assertTrue(Files.notExists(aside), "the checkpoint moved aside is back in its place");
        assertEquals(160L, Checkpoint.readDescriptor(run.checkpoint(160)).trainingStep());
        for (int g = 0; g < GENERATIONS; g++) {
            List<GameRecord> games = new ArrayList<>();
            GameRecordReader.Summary s = GameRecordReader.read(run.generationGames(g), games::add, w -> { });
            assertEquals(8, s.records(), "generation " + g + " is complete");
            assertEquals(0, s.skippedLines());
            assertEquals(g * (long) STEPS, games.get(0).step(), "records name the network that played them");
        }
        try (var leftovers = Files.walk(runPath)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().contains(".tmp")), "no temporary files remain");
        }
    }

    private static List<String> javaCommand(Path runPath) {
        return CliRun.processCommand("train", "tictactoe",
                "--run", runPath.toString(), "--quiet",
                "--set", "schedule.generations=" + GENERATIONS, "--set", "schedule.stepsPerGeneration=" + STEPS,
                "--set", "schedule.batchSize=16", "--set", "selfPlay.gamesPerGeneration=8",
                "--set", "selfPlay.concurrentGames=8", "--set", "search.simulations=8",
                "--set", "network.residualBlocks=1", "--set", "network.channels=8");
    }
}
