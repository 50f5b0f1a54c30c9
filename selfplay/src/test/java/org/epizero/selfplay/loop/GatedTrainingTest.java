package org.epizero.selfplay.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.selfplay.cli.EpiZeroCli;
import org.epizero.selfplay.run.GenerationMetrics;
import org.epizero.selfplay.run.MetricsLog;
import org.epizero.selfplay.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gated runs on a tiny tic-tac-toe setup: the network that plays each generation is the one
 * the previous gating match kept, also across a resume.
 */
class GatedTrainingTest {

    private static final int STEPS = 10;

    @TempDir
    Path dir;

    @Test
    void everyGenerationIsPlayedByTheNetworkTheGateKept() throws IOException {
        RunDirectory run = new RunDirectory(dir.resolve("strict"));
        // A candidate must win every gating game: rejections are likely, promotions possible.
        train(run, 5, "1.0");
        // As if the run had been killed after generation 2: the resumed generations must be played
        // by the network that generation 2's match kept, read back from the metrics.
        for (int g = 3; g < 5; g++) {
            deleteRecursively(run.checkpoint((g + 1) * (long) STEPS));
            Files.delete(run.generationGames(g));
        }
        assertEquals(0, EpiZeroCli.commandLine().execute("train", "--resume", "--run", run.root().toString(), "--quiet"));
        List<GenerationMetrics> metrics = new MetricsLog(run.metricsFile()).read();
        assertEquals(5, metrics.size());
        long generator = 0;
        for (GenerationMetrics m : metrics) {
            assertEquals(generator, m.generatorStep(), "generation " + m.generation() + " is played by the kept network");
            assertEquals(generator, firstRecordStep(run, m.generation()), "records name the kept network");
            assertNotNull(m.gateScore());
            assertTrue(m.gateScore() >= 0 && m.gateScore() <= 1);
            boolean promoted = m.gateScore() >= 1.0;
            assertEquals(promoted ? m.step() : m.generatorStep(), m.nextGeneratorStep(), "the decision follows the score");
            generator = m.nextGeneratorStep();
        }
    }

    @Test
    void aZeroThresholdPromotesEveryNetworkLikeAnUngatedRun() throws IOException {
        RunDirectory gated = new RunDirectory(dir.resolve("lenient"));
        train(gated, 2, "0.0");
        RunDirectory ungated = new RunDirectory(dir.resolve("ungated"));
        assertEquals(0, EpiZeroCli.commandLine().execute(args(ungated, 2, List.of())));
        for (RunDirectory run : List.of(gated, ungated)) {
            List<GenerationMetrics> metrics = new MetricsLog(run.metricsFile()).read();
            for (GenerationMetrics m : metrics) {
                assertEquals(m.step(), m.nextGeneratorStep());
                assertEquals(m.generation() * (long) STEPS, firstRecordStep(run, m.generation()));
            }
            assertEquals(run == gated, metrics.get(0).gateScore() != null, "only the gated run plays a match");
        }
        assertNull(new MetricsLog(ungated.metricsFile()).read().get(1).gateScore());
    }

    private static void train(RunDirectory run, int generations, String threshold) {
        List<String> gating = List.of("--set", "gating.enabled=true", "--set", "gating.games=2", "--set", "gating.simulations=4",
                "--set", "gating.threshold=" + threshold);
        assertEquals(0, EpiZeroCli.commandLine().execute(args(run, generations, gating)));
    }

    private static String[] args(RunDirectory run, int generations, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("train", "tictactoe", "--run", run.root().toString(), "--quiet",
                "--set", "schedule.generations=" + generations, "--set", "schedule.stepsPerGeneration=" + STEPS,
                "--set", "schedule.batchSize=16", "--set", "selfPlay.gamesPerGeneration=4",
                "--set", "selfPlay.concurrentGames=4", "--set", "search.simulations=4",
                "--set", "network.residualBlocks=1", "--set", "network.channels=8"));
        args.addAll(extra);
        return args.toArray(String[]::new);
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long firstRecordStep(RunDirectory run, int generation) throws IOException {
        List<GameRecord> games = new ArrayList<>();
        GameRecordReader.read(run.generationGames(generation), games::add, w -> { });
        return games.get(0).step();
    }
}
