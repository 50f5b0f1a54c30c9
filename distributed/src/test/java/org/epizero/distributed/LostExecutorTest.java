package org.epizero.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.engine.records.RecordJson;
import org.epizero.selfplay.config.RunConfig;
import org.epizero.selfplay.loop.LoopListener;
import org.epizero.selfplay.loop.SelfPlayCluster;
import org.epizero.selfplay.loop.TrainingLoop;
import org.epizero.selfplay.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An executor process killed while a generation's self-play job runs: Spark reruns its tasks on
 * the other executor (or a replacement), and the generation still holds every game exactly once,
 * the same games as a run that lost nothing.
 */
class LostExecutorTest {

    private static final int GAMES = 48;
    private static final List<String> RUN = List.of("schedule.generations=1", "schedule.stepsPerGeneration=2", "schedule.batchSize=16",
            "selfPlay.gamesPerGeneration=" + GAMES, "selfPlay.gamesPerGroup=3", "selfPlay.concurrentGames=3",
            "search.simulations=32", "network.residualBlocks=1", "network.channels=8");

    @TempDir
    Path dir;

    @Test
    void aGenerationSurvivesAKilledExecutorWithEveryGameOnce() throws IOException {
        Files.createDirectories(Path.of(System.getenv("SPARK_HOME"), "jars"));
        RunConfig config = RunConfig.resolve("tictactoe", null, RUN);
        RunDirectory here = new RunDirectory(dir.resolve("in-process"));
        TrainingLoop.create(here, config, new LoopListener() { }).run();

        RunDirectory cluster = new RunDirectory(dir.resolve("cluster"));
        AtomicReference<ProcessHandle> killed = new AtomicReference<>();
        LoopListener killer = new LoopListener() {
            private boolean selfPlay;

            @Override
            public void phaseStarted(int generation, String phase, long total) {
                selfPlay = phase.equals("self-play");
            }

            @Override
            public void progress(long done) {
                // Some games are back, others still being played: kill an executor now.
                if (selfPlay && done > 0 && done < GAMES && killed.get() == null) {
                    executor().ifPresent(p -> {
                        killed.set(p);
                        p.destroyForcibly();
                    });
                }
            }
        };
        try (SelfPlayCluster spark = new SparkClusters().selfPlay("local-cluster[2,1,1024]")) {
            TrainingLoop.create(cluster, config, killer).playingOn(spark).run();
        }
        assertTrue(killed.get() != null, "an executor was killed while the generation played");

        List<GameRecord> games = read(cluster.generationGames(0));
        assertEquals(GAMES, games.size());
        for (int i = 0; i < GAMES; i++) {
            assertEquals(i, games.get(i).index(), "game " + i + " exactly once, in order");
        }
        assertEquals(read(here.generationGames(0)).stream().map(RecordJson::toLine).toList(),
                games.stream().map(RecordJson::toLine).toList());
    }

    /**
     * One of this test's executor processes: local-cluster runs master and workers inside this
     * JVM, so its only child JVMs are the executors (their long command lines come back cut short).
     */
    private static Optional<ProcessHandle> executor() {
        return ProcessHandle.current().children().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst();
    }

    private static List<GameRecord> read(Path games) throws IOException {
        List<GameRecord> records = new ArrayList<>();
        GameRecordReader.read(games, records::add, w -> { });
        return records;
    }
}
