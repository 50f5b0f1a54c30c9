package org.epizero.selfplay.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.epizero.engine.nn.NativeThreads;
import org.epizero.selfplay.cli.EpiZeroCli;
import org.epizero.selfplay.config.RunConfig;
import org.epizero.selfplay.run.RunDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A run's {@code torchThreads} is saved with it and sets PyTorch's threads for the run, resumed runs included. */
class RunThreadsTest {

    @TempDir
    Path dir;

    private int before;

    @BeforeEach
    void twoThreads() {
        before = NativeThreads.intraOpThreads();
        NativeThreads.setIntraOpThreads(2);
    }

    @AfterEach
    void restore() {
        NativeThreads.setIntraOpThreads(Math.max(1, before));
    }

    @Test
    void theRunsThreadCountIsSavedAndUsedAgainOnResume() throws IOException {
        Path run = dir.resolve("run");
        assertEquals(0, train(new StringWriter(), "tictactoe", "--run", run.toString(), "--set", "torchThreads=1",
                "--set", "schedule.generations=1"));
        assertEquals(1, NativeThreads.intraOpThreads());
        assertEquals(1, RunConfig.readSaved(new RunDirectory(run).configFile(), List.of()).torchThreads());

        NativeThreads.setIntraOpThreads(2);
        assertEquals(0, train(new StringWriter(), "--resume", "--run", run.toString(), "--set", "schedule.generations=2"));
        assertEquals(1, NativeThreads.intraOpThreads(), "the resumed run took its saved count, not the process's");
    }

    @Test
    void aNegativeCountIsRefusedByName() {
        StringWriter err = new StringWriter();
        assertEquals(1, train(err, "tictactoe", "--run", dir.resolve("bad").toString(), "--set", "torchThreads=-1"));
        assertTrue(err.toString().contains("torchThreads must be 0"), err.toString());
        assertEquals(2, NativeThreads.intraOpThreads());
    }

    private static int train(StringWriter err, String... args) {
        CommandLine cli = EpiZeroCli.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        String[] small = {"--quiet", "--set", "schedule.stepsPerGeneration=2", "--set", "schedule.batchSize=8",
            "--set", "selfPlay.gamesPerGeneration=2", "--set", "selfPlay.concurrentGames=2", "--set", "search.simulations=2",
            "--set", "network.residualBlocks=1", "--set", "network.channels=8"};
        boolean resume = Arrays.asList(args).contains("--resume");
        String[] all = new String[1 + args.length + (resume ? 1 : small.length)];
        all[0] = "train";
        System.arraycopy(args, 0, all, 1, args.length);
        if (resume) {
            all[all.length - 1] = "--quiet";
        } else {
            System.arraycopy(small, 0, all, 1 + args.length, small.length);
        }
        return cli.execute(all);
    }
}
