package org.epizero.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.engine.records.RecordJson;
import org.epizero.selfplay.cli.EpiZeroCli;
import org.epizero.selfplay.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Self-play spread over Spark tasks makes the same games, record for record, as the same run
 * played in this process: two generations of tic-tac-toe, so the second is played by a network
 * that was trained, broadcast and rebuilt in the tasks.
 */
class SparkSelfPlayTest {

    @TempDir
    Path dir;

    private static final String[] SMALL_RUN = {"--quiet", "--set", "schedule.generations=2", "--set", "schedule.stepsPerGeneration=4",
        "--set", "schedule.batchSize=16", "--set", "selfPlay.gamesPerGeneration=20", "--set", "selfPlay.gamesPerGroup=6",
        "--set", "selfPlay.concurrentGames=4", "--set", "search.simulations=8", "--set", "network.residualBlocks=1",
        "--set", "network.channels=8"};

    @Test
    void localSparkPlaysTheGamesOfTheInProcessRun() throws IOException {
        Path here = train(dir.resolve("in-process"));
        Path spark = train(dir.resolve("spark"), "--spark", "local[2]");
        for (int g = 0; g < 2; g++) {
            List<String> expected = lines(new RunDirectory(here).generationGames(g));
            assertEquals(20, expected.size());
            assertEquals(expected, lines(new RunDirectory(spark).generationGames(g)), "generation " + g);
        }
    }

    @Test
    void executorsInTheirOwnJvmsPlayTheGamesOfTheInProcessRun() throws IOException {
        Files.createDirectories(Path.of(System.getenv("SPARK_HOME"), "jars"));
        Path here = train(dir.resolve("in-process"));
        Path cluster = train(dir.resolve("cluster"), "--spark", "local-cluster[2,1,1024]");
        for (int g = 0; g < 2; g++) {
            assertEquals(lines(new RunDirectory(here).generationGames(g)), lines(new RunDirectory(cluster).generationGames(g)),
                    "generation " + g);
        }
    }

    private static Path train(Path run, String... extra) {
        List<String> args = new ArrayList<>(List.of("train", "tictactoe", "--run", run.toString()));
        args.addAll(List.of(SMALL_RUN));
        args.addAll(List.of(extra));
        CommandLine cli = EpiZeroCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute(args.toArray(String[]::new)), err.toString());
        return run;
    }

    private static List<String> lines(Path games) throws IOException {
        List<String> lines = new ArrayList<>();
        GameRecordReader.Summary summary = GameRecordReader.read(games, r -> lines.add(RecordJson.toLine(r)), w -> { });
        assertTrue(summary.skippedLines() == 0 && !summary.truncated(), games + ": " + summary);
        return lines;
    }
}
