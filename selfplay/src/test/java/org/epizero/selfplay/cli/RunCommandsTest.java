package org.epizero.selfplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.epizero.selfplay.arena.Tournament;
import org.epizero.selfplay.run.DirectoryLock;
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

    /** A copy of the shared run, so that a test may break it or play a tournament of its own in it. */
    private static Path copyOfRun(String name) throws Exception {
        Path copy = dir.resolve(name);
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
        // Another test's tournament may have run in the shared run first.
        Files.deleteIfExists(copy.resolve("arena").resolve("elo-games.jsonl"));
        Files.deleteIfExists(copy.resolve("arena").resolve(Tournament.PAIRINGS_FILE));
        return copy;
    }

    @Test
    void eloNamesACorruptCheckpointBeforeAnyGame() throws Exception {
        Path copy = copyOfRun("corrupt-run");
        Path games = copy.resolve("arena").resolve("elo-games.jsonl");
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

    @Test
    void killedEloKeepsItsFinishedPairingsAndResumes() throws Exception {
        Path copy = copyOfRun("killed-elo");
        Path pairings = copy.resolve("arena").resolve(Tournament.PAIRINGS_FILE);
        String[] args = {"elo", copy.toString(), "--games", "40", "--simulations", "8", "--references", "perfect"};
        Process process = new ProcessBuilder(CliRun.processCommand(args)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed-elo.log").toFile()).start();
        List<String> atKill;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lines(pairings).isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            process.destroyForcibly().waitFor();
            atKill = lines(pairings);
        } finally {
            process.destroyForcibly().waitFor();
        }
        int planned = 3 * 2 + 2; // each checkpoint meets random and perfect, then its predecessor
        assertFalse(atKill.isEmpty(), "a pairing finished before the kill: " + Files.readString(dir.resolve("killed-elo.log")));
        assertTrue(atKill.size() < planned, "the kill landed before the tournament finished");
        Files.writeString(pairings, "{\"key\":{\"game\":\"tic", StandardOpenOption.APPEND); // a line cut by a crash

        CliRun resumed = CliRun.of(args);
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains("skipped 1 unreadable line(s)"), resumed.out());
        assertTrue(resumed.out().contains("reused " + atKill.size() + " of " + planned + " pairing(s)"), resumed.out());
        List<String> after = lines(pairings);
        assertEquals(atKill, after.subList(0, atKill.size()), "finished pairings are kept as they were");
        assertEquals(planned, after.size() - 1, "every pairing once, besides the cut line");
        ObjectMapper json = new ObjectMapper();
        List<String> games = Files.readAllLines(copy.resolve("arena").resolve("elo-games.jsonl"));
        assertEquals(planned * 40, games.size());
        JsonNode first = json.readTree(atKill.get(0)).get("games");
        for (int g = 0; g < 40; g++) {
            assertEquals(first.get(g), json.readTree(games.get(g)), "the first pairing's games are the ones played before the kill");
        }
    }

    @Test
    void eloIsRefusedWhileAnotherTournamentHoldsTheRun() throws Exception {
        Path copy = copyOfRun("held-elo");
        try (DirectoryLock held = DirectoryLock.acquire(copy.resolve("arena"), "elo")) {
            CliRun r = CliRun.of("elo", copy.toString(), "--games", "2", "--simulations", "2");
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("is in use by process " + ProcessHandle.current().pid() + " (elo"), r.err());
        }
        assertFalse(Files.exists(copy.resolve("elo.json")), "nothing was rated");
    }

    private static List<String> lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> complete = new ArrayList<>();
        String text = Files.readString(file);
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            complete.add(text.substring(start, end));
            start = end + 1;
        }
        return complete;
    }
}
