package org.epizero.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.engine.records.RecordJson;
import org.epizero.selfplay.cli.EpiZeroCli;
import org.epizero.selfplay.run.RunDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Run directories and study outputs on a Hadoop file system other than the local one: a run
 * trained, resumed and swept there holds what the same run holds on the local disk, every file
 * arrives whole (no temporary names left), and a directory in use refuses a second writer.
 */
class RemoteDirectoryTest {

    private static final String[] SMALL_RUN = {"--set", "schedule.stepsPerGeneration=4", "--set", "schedule.batchSize=16",
        "--set", "selfPlay.gamesPerGeneration=12", "--set", "selfPlay.concurrentGames=4", "--set", "search.simulations=8",
        "--set", "network.residualBlocks=1", "--set", "network.channels=8"};

    @TempDir
    Path dir;

    private Path elsewhere;

    @BeforeEach
    void elsewhere() throws IOException {
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        System.setProperty(ElsewhereFileSystem.ROOT_PROPERTY, elsewhere.toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty(ElsewhereFileSystem.ROOT_PROPERTY);
    }

    @Test
    void aRunTrainedAndResumedElsewhereHoldsTheLocalRunsGames() throws IOException {
        Path local = dir.resolve("local");
        cli(0, train(local.toString(), "tictactoe", "--set", "schedule.generations=1"));
        cli(0, train(local.toString(), "--resume", "--set", "schedule.generations=2"));

        cli(0, train("elsewhere:///runs/ttt", "tictactoe", "--set", "schedule.generations=1"));
        Path remote = elsewhere.resolve("runs/ttt");
        assertTrue(Files.exists(remote.resolve("checkpoints/step-4")), "the first generation's checkpoint arrived");
        cli(0, train("elsewhere:///runs/ttt", "--resume", "--set", "schedule.generations=2"));

        for (int g = 0; g < 2; g++) {
            assertEquals(lines(new RunDirectory(local).generationGames(g)), lines(new RunDirectory(remote).generationGames(g)),
                    "generation " + g);
        }
        assertEquals(new RunDirectory(local).checkpointSteps(), new RunDirectory(remote).checkpointSteps());
        assertEquals(files(local), files(remote), "the same files, plots and checkpoints included");
        assertEquals(Files.readAllLines(local.resolve("metrics.jsonl")).size(), Files.readAllLines(remote.resolve("metrics.jsonl")).size());
        assertNoTemporaryOrLockFiles(elsewhere);
        assertFalse(Files.exists(Path.of("/runs/ttt")), "nothing went to the local path of the URI");
    }

    @Test
    void aSweepOfARunElsewhereWritesItsResultsElsewhereAndResumesThere() throws IOException {
        cli(0, train("elsewhere:///runs/ttt", "tictactoe", "--set", "schedule.generations=1"));
        String[] sweep = {"epiplexity-sweep", "elsewhere:///runs/ttt", "--observers", "tiny", "--tokens", "2000", "--seeds", "1",
            "--simulations", "0", "--quiet", "-o", "elsewhere:///studies/ttt"};
        cli(0, sweep);
        Path study = elsewhere.resolve("studies/ttt");
        // The bare rules and the two checkpoints (step 0 and the last).
        assertEquals(3, Files.readAllLines(study.resolve("measurements.jsonl")).size());
        assertTrue(Files.exists(study.resolve("results.csv")));
        try (Stream<Path> corpora = Files.list(study.resolve("corpora"))) {
            assertEquals(2, corpora.count(), "the evaluation corpora are kept with the results");
        }
        String again = cli(0, sweep);
        assertTrue(again.contains("measured 0, reused 3"), again);
        assertNoTemporaryOrLockFiles(elsewhere);
    }

    @Test
    void aDirectoryInUseElsewhereRefusesASecondWriter() throws IOException {
        Path run = Files.createDirectories(elsewhere.resolve("runs/busy"));
        // A live holder: this very process.
        Files.writeString(run.resolve(".lock"), "host=" + java.net.InetAddress.getLocalHost().getHostName() + " pid="
                + ProcessHandle.current().pid() + " since=2026-01-01T00:00:00Z purpose=train");
        String err = cli(1, train("elsewhere:///runs/busy", "tictactoe", "--set", "schedule.generations=1"));
        assertTrue(err.contains("is in use by host="), err);
        try (Stream<Path> left = Files.list(run)) {
            assertEquals(List.of(run.resolve(".lock")), left.toList(), "nothing written beside the lock");
        }
        // A holder that has exited on this machine (a killed driver) does not block.
        Files.writeString(run.resolve(".lock"), "host=" + java.net.InetAddress.getLocalHost().getHostName() + " pid=999999999"
                + " since=2026-01-01T00:00:00Z purpose=train");
        cli(0, train("elsewhere:///runs/busy", "tictactoe", "--set", "schedule.generations=1"));
        assertFalse(Files.exists(run.resolve(".lock")));
    }

    private static String[] train(String location, String... extra) {
        List<String> args = new ArrayList<>(List.of("train", "--run", location, "--quiet"));
        args.addAll(List.of(extra));
        if (!args.contains("--resume")) {
            args.addAll(List.of(SMALL_RUN));
        }
        return args.toArray(String[]::new);
    }

    /** Runs the command line, checks its exit code, and returns what it printed (errors for a failure). */
    private static String cli(int expectedExit, String... args) {
        CommandLine cli = EpiZeroCli.commandLine();
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute(args);
        assertEquals(expectedExit, exit, err.toString());
        return expectedExit == 0 ? out.toString() : err.toString();
    }

    private static void assertNoTemporaryOrLockFiles(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            List<String> bad = all.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".uploading") || n.equals(".lock") || n.endsWith(".tmp")).toList();
            assertEquals(List.of(), bad);
        }
    }

    /** Every file under {@code root}, relative to it, the lock file left out. */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(n -> !n.equals(".lock")).sorted().toList();
        }
    }

    private static List<String> lines(Path games) throws IOException {
        List<String> lines = new ArrayList<>();
        GameRecordReader.Summary summary = GameRecordReader.read(games, r -> lines.add(RecordJson.toLine(r)), w -> { });
        assertTrue(summary.skippedLines() == 0 && !summary.truncated(), games + ": " + summary);
        assertNotEquals(0, lines.size());
        return lines;
    }
}
