package org.epizero.selfplay.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.epizero.selfplay.cli.EpiZeroCli;
import org.epizero.selfplay.config.ConfigTree;
import org.epizero.selfplay.config.RunConfig;
import org.epizero.selfplay.run.GenerationMetrics;
import org.epizero.selfplay.run.MetricsLog;
import org.epizero.selfplay.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A finished run extended by --resume --set schedule.generations, the keys a resume may not change,
 * a record in the replay window that does not replay (skipped and named, not fatal), and a lost
 * metrics line (rebuilt from the copy kept in its checkpoint).
 */
class ExtendRunTest {

    @TempDir
    Path dir;

    private static int train(StringWriter err, String... args) {
        CommandLine cli = EpiZeroCli.commandLine();
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aFinishedRunGetsMoreGenerationsAndNothingElseChanges() throws Exception {
        Path runPath = dir.resolve("run");
        RunDirectory run = new RunDirectory(runPath);
        StringWriter err = new StringWriter();
        assertEquals(0, train(err, "train", "tictactoe", "--run", runPath.toString(), "--quiet",
                "--set", "schedule.generations=2", "--set", "schedule.stepsPerGeneration=4", "--set", "schedule.batchSize=8",
                "--set", "selfPlay.gamesPerGeneration=4", "--set", "selfPlay.concurrentGames=4", "--set", "search.simulations=4",
                "--set", "network.residualBlocks=1", "--set", "network.channels=8"), err.toString());

        assertEquals(1, train(err, "train", "--resume", "--run", runPath.toString(), "--quiet", "--set", "search.simulations=8"));
        assertTrue(err.toString().contains("--resume can change only schedule.generations"), err.toString());
        assertEquals(1, train(err, "train", "--resume", "--run", runPath.toString(), "--quiet", "--set", "schedule.generations=1"));
        assertTrue(err.toString().contains("has already finished 2 generations"), err.toString());
        assertEquals(2, ConfigTree.fromJsonFile(run.configFile()).bind(RunConfig.class).schedule().generations(), "refusals change nothing");

        // A record in the replay window that does not replay (its second move repeats the first cell).
        Path window = run.generationGames(1);
        String lines;
        try (var in = new GZIPInputStream(Files.newInputStream(window))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String bad = lines.lines().findFirst().orElseThrow().replaceFirst("\"moves\":\\[\"(\\d)\",\"\\d\"", "\"moves\":[\"$1\",\"$1\"");
        assertTrue(!bad.equals(lines.lines().findFirst().orElseThrow()), "the record was changed: " + bad);
        try (var out = new GZIPOutputStream(Files.newOutputStream(window))) {
            out.write((lines + bad + "\n").getBytes(StandardCharsets.UTF_8));
        }
        // A metrics line lost between its checkpoint landing and the append (generation 0's).
        List<String> metricLines = Files.readAllLines(run.metricsFile());
        assertEquals(2, metricLines.size());
        Files.writeString(run.metricsFile(), metricLines.get(1) + "\n");
        StringWriter plotted = new StringWriter();
        CommandLine plot = EpiZeroCli.commandLine();
        plot.setOut(new PrintWriter(plotted));
        assertEquals(0, plot.execute("plot", runPath.toString()));
        assertTrue(plotted.toString().contains("has no line for generation(s) [0]"), plotted.toString());
        StringWriter out = new StringWriter();
        CommandLine extend = EpiZeroCli.commandLine();
        extend.setErr(new PrintWriter(err));
        extend.setOut(new PrintWriter(out));
        assertEquals(0, extend.execute("train", "--resume", "--run", runPath.toString(), "--quiet", "--set", "schedule.generations=3"),
                err.toString());
        assertTrue(out.toString().contains(window + ":5: skipped a record the reader refused: move 2 of the record"), out.toString());
        assertTrue(out.toString().contains("generation 0: its metrics line was lost; rebuilt from"), out.toString());
        assertEquals(metricLines, Files.readAllLines(run.metricsFile()).subList(0, 2), "rebuilt exactly, in order");
        RunConfig extended = ConfigTree.fromJsonFile(run.configFile()).bind(RunConfig.class);
        assertEquals(3, extended.schedule().generations());
        assertEquals(4, extended.search().simulations());
        List<GenerationMetrics> metrics = new MetricsLog(run.metricsFile()).read();
        assertEquals(List.of(0, 1, 2), metrics.stream().map(GenerationMetrics::generation).toList());
        assertEquals(List.of(0L, 4L, 8L, 12L), run.checkpointSteps());
    }
}
