package org.epizero.selfplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, plot, evaluate and elo on one small tic-tac-toe run. */
class RunCommandsTest {

    @TempDir
    static Path dir;

    static Path run;

    /** Runs a command that must succeed and returns what it printed. */
    private static String execute(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.err());
        return r.out();
    }

    @BeforeAll
    static void train() {
        run = dir.resolve("run");
        execute("train", "tictactoe", "--run", run.toString(), "--quiet", "--set", "schedule.generations=2",
                "--set", "schedule.stepsPerGeneration=5", "--set", "schedule.batchSize=16", "--set", "selfPlay.gamesPerGeneration=8",
                "--set", "selfPlay.concurrentGames=8", "--set", "search.simulations=8", "--set", "network.residualBlocks=1",
                "--set", "network.channels=8");
    }

    @Test
    void plotWritesCharts() {
        execute("plot", run.toString());
        for (String chart : new String[] {"losses.png", "games.png", "length.png", "throughput.png"}) {
            assertTrue(Files.isRegularFile(run.resolve("plots").resolve(chart)), chart);
        }
    }

    @Test
    void evaluateChecksAllPositionsAndPlaysMatches() {
        String out = execute("evaluate", run.toString(), "--against", "random,perfect", "--games", "6", "--simulations", "4",
                "--record", dir.resolve("arena").toString());
        assertTrue(out.contains("of 4520 positions"), out);
        assertTrue(out.contains("vs random") && out.contains("6 games"), out);
        assertTrue(Files.isRegularFile(dir.resolve("arena").resolve("vs-perfect.jsonl")));
    }

    @Test
    void badEvaluateArgumentsFailBeforeAnyWork() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        for (String[] args : new String[][] {
            {"evaluate", run.toString(), "--against", "chesspro"},
            {"evaluate", run.toString(), "--against", "mcts:abc"},
            {"evaluate", run.toString(), "--against", "gnugo:5"},
            {"evaluate", run.toString(), "--against", "random", "--record", file.toString()},
        }) {
            CliRun r = CliRun.of(args);
            assertEquals(1, r.exit(), String.join(" ", args));
            assertFalse(r.out().contains("positions"), "no optimality check ran first: " + r.out());
        }
    }

    @Test
    void eloNamesACorruptCheckpointBeforeAnyGame() throws Exception {
        Path copy = dir.resolve("corrupt-run");
        try (var files = Files.walk(run)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(run.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path games = copy.resolve("arena").resolve("elo-games.jsonl");
        Files.deleteIfExists(games); // another test's tournament may have run first
        Path broken = copy.resolve("checkpoints").resolve("step-5");
        Files.write(broken.resolve("parameters.bin"), new byte[0]);
        CliRun r = CliRun.of("elo", copy.toString(), "--games", "2", "--simulations", "2");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("checkpoint " + broken + " cannot be loaded"), r.err());
        assertFalse(Files.exists(games), "no game was played");
    }

    @Test
    void eloRatesEveryCheckpointOnOneScale() throws Exception {
        String out = execute("elo", run.toString(), "--games", "6", "--simulations", "4", "--references", "perfect");
        JsonNode elo = new ObjectMapper().readTree(run.resolve("elo.json").toFile());
        assertEquals("random", elo.get("players").get(0).asText());
        assertEquals(0.0, elo.get("elo").get(0).asDouble(), "random is the anchor");
        assertEquals(5, elo.get("players").size(), "random, perfect and three checkpoints");
        assertTrue(Files.isRegularFile(run.resolve("plots").resolve("elo.png")), out);
        long games = Files.readAllLines(run.resolve("arena").resolve("elo-games.jsonl")).size();
        assertEquals(3 * 2 * 6 + 2 * 6, games, "each checkpoint meets both references, then its predecessor");
    }
}
