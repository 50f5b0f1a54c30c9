package org.epizero.selfplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.epizero.analysis.games.RandomPlayEntropy;
import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.study.ResultsTable;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.State;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.engine.records.GameRecordWriter;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.engine.records.RandomGames;
import org.epizero.selfplay.epiplexity.EvaluationProtocol;
import org.epizero.selfplay.epiplexity.EvaluationSource;
import org.epizero.selfplay.epiplexity.LengthMatchedSource;
import org.epizero.selfplay.epiplexity.LoadedCorpus;
import org.epizero.selfplay.gtp.TinyCheckpoint;
import org.epizero.selfplay.run.DirectoryLock;
import org.epizero.selfplay.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The epiplexity commands end to end on tiny corpora and the tiny observer. */
class EpiplexityCliTest {

    private static final Game TICTACTOE = GameRegistry.load().create("tictactoe");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            rows.add(List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
        }
        return rows;
    }

    /** A field of a CSV whose first row names its columns. */
    private static String byHeader(List<List<String>> rows, int row, String name) {
        return rows.get(row).get(rows.get(0).indexOf(name));
    }

    private static String column(List<List<String>> rows, int row, String name) {
        return rows.get(row).get(ResultsTable.COLUMNS.indexOf(name));
    }

    @Test
    void measuresCorporaSideBySideAndResumes() throws IOException {
        Path records = dir.resolve("random.jsonl");
        try (GameRecordWriter w = new GameRecordWriter(records)) {
            for (int i = 0; i < 400; i++) {
                w.write(RandomGames.play(TICTACTOE, 9, i));
            }
        }
        Files.writeString(records, "{\"game\": \"tictactoe\", \"moves\": [\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        String[] args = {"epiplexity", "tictactoe", records.toString(), "--observers", "tiny", "--seeds", "2", "--tokens", "1500",
            "--out", out.toString(), "--quiet"};
        CliRun first = CliRun.of(args);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("measured 4, reused 0"), first.out());
        assertTrue(first.out().contains("random.jsonl: generator code length"), first.out());
        Matcher rules = Pattern.compile("rules:tictactoe: generator code length ([0-9.]+) \\+- ([0-9.]+) bits per game \\((\\d+) of (\\d+) games")
                .matcher(first.out());
        assertTrue(rules.find(), first.out());
        assertEquals(rules.group(3), rules.group(4), "every bare-rules game keeps its move probabilities");
        double exact = RandomPlayEntropy.exact(TICTACTOE.newInitialState(), RandomPlayEntropy.DEFAULT_MAX_NODES).orElseThrow().meanBits();
        assertEquals(exact, Double.parseDouble(rules.group(1)), 4 * Double.parseDouble(rules.group(2)));
        List<List<String>> rows = csv(out.resolve("results.csv"));
        assertEquals(ResultsTable.COLUMNS, rows.get(0));
        assertEquals(5, rows.size());
        for (int r = 1; r < rows.size(); r++) {
            assertEquals("1500", column(rows, r, "scored_tokens"), "every corpus codes the same number of tokens");
            assertEquals(rows.get(r).get(0).equals("random.jsonl") ? "1" : "0", column(rows, r, "skipped_records"));
        }
        assertEquals(Set.of("rules:tictactoe", "random.jsonl"), rows.stream().skip(1).map(r -> r.get(0)).collect(Collectors.toSet()));
        for (String chart : List.of("frontier-S-preq.png", "frontier-H-preq.png", "loss-tiny-preq.png")) {
            assertTrue(Files.size(out.resolve(chart)) > 1000, chart);
        }
        assertEquals(4, Files.readAllLines(out.resolve("measurements.jsonl")).size());

        try (DirectoryLock held = DirectoryLock.acquire(out, "epiplexity-sweep")) {
            CliRun refused = CliRun.of(args);
            assertEquals(1, refused.exit(), "a second study writing the same measurement log is refused");
            assertTrue(refused.err().contains(out + " is in use by process " + ProcessHandle.current().pid() + " (epiplexity-sweep"),
                    refused.err());
        }
        assertEquals(4, Files.readAllLines(out.resolve("measurements.jsonl")).size(), "the refused study wrote nothing");
        CliRun again = CliRun.of(args);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("measured 0, reused 4"), again.out());
        assertEquals(Files.readAllLines(out.resolve("results.csv")), rows.stream().map(r -> String.join(",", r)).toList());

        args[6] = "3";
        CliRun moreSeeds = CliRun.of(args);
        assertTrue(moreSeeds.out().contains("measured 2, reused 4"), moreSeeds.out());

        args[6] = "1";
        CliRun otherEstimator = CliRun.of(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], args[8], args[9], args[10],
                args[11], "--estimator", "req");
        assertTrue(otherEstimator.out().contains("measured 2, reused 0"), otherEstimator.out());
        List<List<String>> combined = csv(out.resolve("results.csv"));
        assertEquals(1 + 6 + 2, combined.size(), "the earlier prequential results stay in the table");
        assertEquals(2, combined.stream().filter(r -> r.contains("requential")).count());

        args[8] = "1200";
        CliRun otherBudget = CliRun.of(args);
        assertTrue(otherBudget.out().contains("measured 2, reused 0"), otherBudget.out());
        List<List<String>> everything = csv(out.resolve("results.csv"));
        assertEquals(1 + 8 + 2, everything.size(), "the tables describe the whole log, not only this run's budgets");
        assertEquals(2, everything.stream().filter(r -> r.get(ResultsTable.COLUMNS.indexOf("scored_tokens")).equals("1200")).count());
    }

    @Test
    void aSmallTokenDatasetSetsTheSizeOfEveryCorpus() throws IOException {
        Path data = dir.resolve("tokens.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            sb.append("[").append(i % 7).append(",1,2,3,4,5,6,7,8,9]\n");
        }
        sb.append("not json\n");
        Files.writeString(data, sb.toString());
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("epiplexity", data.toString(), "tictactoe", "--observers", "tiny", "--seeds", "1", "--tokens", "100000",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("supports at most"), r.out());
        List<List<String>> rows = csv(out.resolve("results.csv"));
        assertEquals(3, rows.size());
        assertEquals(column(rows, 1, "scored_tokens"), column(rows, 2, "scored_tokens"));
        assertEquals("tokens", column(rows, 1, "tokeniser"));
        assertEquals("1", column(rows, 1, "skipped_records"));
        assertTrue(Long.parseLong(column(rows, 1, "scored_tokens")) < 1200);
        CliRun again = CliRun.of("epiplexity", data.toString(), "tictactoe", "--observers", "tiny", "--seeds", "1", "--tokens", "100000",
                "--out", out.toString(), "--quiet");
        assertTrue(again.out().contains("measured 0, reused 2"), again.out());
    }

    /** A tic-tac-toe run directory holding only a config and untrained checkpoints of these steps. */
    private Path ticTacToeRun(String name, long... steps) throws IOException {
        Path runDir = dir.resolve(name);
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve("config.json"), "{\"game\": \"tictactoe\"}");
        for (long step : steps) {
            TinyCheckpoint.save(TICTACTOE, runDir.resolve("checkpoints/step-" + step));
        }
        return runDir;
    }

    @Test
    void sweepCachesEvaluationCorporaWithTheirProtocol() throws IOException {
        Path runDir = ticTacToeRun("run", 0, 10);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("epiplexity-sweep", runDir.toString(), "--every", "1", "--observers", "tiny", "--seeds", "1", "--tokens", "800",
                "--simulations", "4,2", "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("step-10-sim4: playing 256 evaluation games"), r.out());
        assertTrue(r.out().contains("step-10-sim2: playing 256 evaluation games"), r.out());
        List<List<String>> rows = csv(out.resolve("results.csv"));
        assertEquals(List.of("rules:tictactoe", "step-0-sim4", "step-0-sim2", "step-10-sim4", "step-10-sim2"),
                rows.stream().skip(1).map(x -> x.get(0)).toList(), "each checkpoint under each protocol, the rules once");
        assertEquals("10", column(rows, 4, "step"));
        assertEquals("\"evaluation(simulations=4,temperature=1,noise=0)\"", column(rows, 4, "protocol"));
        assertEquals("\"evaluation(simulations=2,temperature=1,noise=0)\"", column(rows, 5, "protocol"));
        assertTrue(Files.size(out.resolve("S-vs-step-preq.png")) > 1000);

        Path cache = runDir.resolve("epiplexity/corpus-step-10-sim4-seed1.jsonl.gz");
        List<GameRecord> games = new ArrayList<>();
        GameRecordReader.read(cache, games::add, w -> { });
        assertEquals(256, games.size());
        GenerationProtocol expected = new GenerationProtocol("evaluation", 4, 1.0, 9, 0.0, null);
        IntArrayList legal = new IntArrayList();
        for (GameRecord g : games) {
            assertEquals(expected, g.protocol());
            assertEquals(10, g.step());
            double[] p = g.moveProbabilities();
            assertEquals(g.moves().size(), p.length);
            State state = TICTACTOE.newInitialState();
            for (int k = 0; k < p.length; k++) {
                assertTrue(p[k] > 0 && p[k] <= 1, "probability " + p[k]);
                state.legalActions(legal);
                if (legal.size() == 1) {
                    assertEquals(1.0, p[k], "the only legal move is certain");
                }
                state.apply(TICTACTOE.parseAction(g.moves().get(k)));
            }
        }

        CliRun bigger = CliRun.of("epiplexity-sweep", runDir.toString(), "--every", "1", "--observers", "tiny", "--seeds", "1", "--tokens", "900",
                "--simulations", "4", "--out", out.toString(), "--quiet");
        assertEquals(0, bigger.exit(), bigger.err());
        assertFalse(bigger.out().contains("playing"), "the cached games suffice: " + bigger.out());
        assertTrue(bigger.out().contains("step-10-sim4: 256 games (256 from the cache)"), bigger.out());

        // The length control: random games whose move counts are the evaluation games', game for game.
        EvaluationSource reference = new EvaluationSource(new RunDirectory(runDir), TICTACTOE, 10,
                new EvaluationProtocol(4, 1), null, "");
        LoadedCorpus control = new LengthMatchedSource(reference, 1).load("moves", 800, n -> { });
        List<GameRecord> evaluation = reference.records("moves", 800, n -> { });
        for (int i = 0; i < control.corpus().size(); i++) {
            TokenSequence s = control.corpus().sequences().get(i);
            assertEquals(evaluation.get(i).moves().size() + 3, s.length(), "BOS, the moves, result, EOS");
            assertFalse(s.hasGeneratorBits(), "the length-conditioned generator's code length is not known");
        }
        assertTrue(control.corpus().scoredTargets() >= 800);
        CliRun withControl = CliRun.of("epiplexity-sweep", runDir.toString(), "--every", "1", "--observers", "tiny", "--seeds", "1",
                "--tokens", "900", "--simulations", "4", "--length-matched", "--out", out.toString(), "--quiet");
        assertEquals(0, withControl.exit(), withControl.err());
        assertTrue(withControl.out().contains("random-lengths:step-10-sim4: "), withControl.out());
    }

    @Test
    void rawPolicyCorporaRecordTheCheckpointsOwnPriors() throws IOException {
        Path runDir = ticTacToeRun("policy-run", 5);
        Path out = dir.resolve("policy-out");
        CliRun r = CliRun.of("epiplexity-sweep", runDir.toString(), "--every", "1", "--observers", "tiny", "--seeds", "1", "--tokens", "800",
                "--simulations", "0", "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("step-5-policy: playing 256 evaluation games"), r.out());
        List<List<String>> rows = csv(out.resolve("results.csv"));
        assertEquals("step-5-policy", column(rows, 2, "corpus"));
        assertEquals("\"evaluation(raw-policy,temperature=1)\"", column(rows, 2, "protocol"));

        List<GameRecord> games = new ArrayList<>();
        GameRecordReader.read(runDir.resolve("epiplexity/corpus-step-5-sim0-seed1.jsonl.gz"), games::add, w -> { });
        assertEquals(256, games.size());
        try (InferenceService network = InferenceService.ofCheckpoint(runDir.resolve("checkpoints/step-5"), TICTACTOE)) {
            for (GameRecord g : games.subList(0, 20)) {
                State state = TICTACTOE.newInitialState();
                for (int k = 0; k < g.moves().size(); k++) {
                    int action = TICTACTOE.parseAction(g.moves().get(k));
                    float[] priors = network.evaluate(List.of(state)).get(0).priors();
                    double legal = 0;
                    for (int a = 0; a < priors.length; a++) {
                        legal += state.isLegal(a) ? priors[a] : 0;
                    }
                    assertEquals(priors[action] / legal, g.moveProbabilities()[k], 1e-6, "move " + k + " of game " + g.index());
                    state.apply(action);
                }
            }
        }
    }

    @Test
    void calibrationComparesEveryCorpusWithItsExactCodeLengthAndResumes() throws IOException {
        Path out = dir.resolve("calibration");
        String[] args = {"calibrate", "--corpora", "synthetic:uniform,tictactoe", "--observers", "tiny", "--tokens", "3000",
            "--game-tokens", "4000", "--out", out.toString(), "--quiet"};
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("rules:tictactoe: a uniformly random game carries 17.5405 bits, exact over all 255168 games"),
                r.out());
        List<List<String>> rows = csv(out.resolve("calibration.csv"));
        assertEquals(3, rows.size(), "a header and one row per corpus and observer");
        assertEquals("synthetic:uniform", byHeader(rows, 1, "corpus"));
        assertEquals("preq", byHeader(rows, 1, "estimator"));
        assertEquals(3000, Long.parseLong(byHeader(rows, 1, "scored_tokens")), 10, "synthetic corpora take --tokens");
        assertEquals(4000, Long.parseLong(byHeader(rows, 2, "scored_tokens")), 12, "game corpora take --game-tokens");
        // 63 uniform symbols over 16: the held-out sequences' exact code length is 63 x 4 bits.
        assertEquals(252.0, Double.parseDouble(byHeader(rows, 1, "exact_bits_per_sequence")), 1e-6);
        double ticTacToe = Double.parseDouble(byHeader(rows, 2, "exact_bits_per_sequence"));
        assertEquals(17.54, ticTacToe, 1.0, "held-out random games carry about 17.54 bits each");
        double heldOut = Double.parseDouble(byHeader(rows, 2, "heldout_bits_per_sequence"));
        assertEquals(heldOut / ticTacToe - 1, Double.parseDouble(byHeader(rows, 2, "gap")), 1e-4);
        assertTrue(Files.exists(out.resolve("calibration.png")));
        assertTrue(Files.readString(out.resolve("calibration.txt")).contains("gap <= 2%"), "uniform data's criterion is shown");
        CliRun again = CliRun.of(args);
        assertTrue(again.out().contains("measured 0, reused 1"), again.out());
    }

    @Test
    void measurementsOfAnEarlierTokeniserAreRefusedNotMixedIn() throws IOException {
        Path out = dir.resolve("vocabulary");
        String[] args = {"epiplexity", "connect4", "--observers", "tiny", "--seeds", "1", "--tokens", "600",
            "--out", out.toString(), "--quiet"};
        assertEquals(0, CliRun.of(args).exit());
        Path log = out.resolve("measurements.jsonl");
        String text = Files.readString(log);
        assertTrue(text.contains("\"vocabSize\":47"), "connect four's moves are 42 cells and 5 special tokens");
        Files.writeString(log, text.replace("\"vocabSize\":47", "\"vocabSize\":12"));
        CliRun again = CliRun.of(args);
        assertEquals(1, again.exit(), again.out());
        assertTrue(again.err().contains("vocabulary of 12 tokens, where the 'moves' tokeniser now writes 47"), again.err());
    }

    @Test
    void severalBudgetsAndTheRepeatedGamesControl() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("epiplexity", "repeat:3:tictactoe", "tictactoe", "--observers", "tiny", "--seeds", "1",
                "--tokens", "1600,800", "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("repeat:3:tictactoe: 3 distinct random games repeated"), r.out());
        List<List<String>> rows = csv(out.resolve("results.csv"));
        assertEquals(1 + 2 * 2, rows.size(), "two corpora at two budgets");
        Set<String> budgets = new java.util.HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            budgets.add(column(rows, i, "scored_tokens"));
            if (column(rows, i, "corpus").startsWith("repeat:")) {
                assertEquals(Math.log(3) / Math.log(2), Double.parseDouble(column(rows, i, "generator_bits_per_game")), 1e-5,
                        "a listed game is one of three equally likely");
            }
        }
        assertEquals(Set.of("800", "1600"), budgets);
        for (String chart : List.of("S-vs-D-tiny-preq.png", "loss-vs-D-tiny-preq.png", "frontier-S-preq-800.png",
                "frontier-S-preq-1.6k.png")) {
            assertTrue(Files.size(out.resolve(chart)) > 1000, chart);
        }
        CliRun oneMore = CliRun.of("epiplexity", "repeat:3:tictactoe", "tictactoe", "--observers", "tiny", "--seeds", "1",
                "--tokens", "800", "--out", out.toString(), "--quiet");
        assertTrue(oneMore.out().contains("measured 0, reused 2"), oneMore.out());
    }

    @Test
    void aStudyResumedPieceByPieceMeasuresWhatItMeasuresInOneGo() throws IOException {
        Path whole = dir.resolve("whole");
        Path pieces = dir.resolve("pieces");
        study(whole, "--seeds", "2", "--estimator", "both");
        study(pieces, "--seeds", "1", "--estimator", "both");
        // One measurement left each time: it must train with the threads it would have had among four.
        study(pieces, "--seeds", "2", "--estimator", "preq");
        study(pieces, "--seeds", "2", "--estimator", "both");
        Map<String, String> expected = measurementsWithoutTimes(whole);
        assertEquals(4, expected.size());
        assertEquals(expected, measurementsWithoutTimes(pieces));
    }

    private static void study(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("epiplexity", "tictactoe", "--observers", "tiny", "--tokens", "3000", "--quiet",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
    }

    /** The logged measurements by observer, seed and estimator, their wall times left out. */
    private static Map<String, String> measurementsWithoutTimes(Path out) throws IOException {
        Map<String, String> byKey = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve("measurements.jsonl"))) {
            ObjectNode m = (ObjectNode) JSON.readTree(line);
            m.remove("seconds");
            JsonNode r = m.path("result");
            byKey.put(r.path("observer").path("name").asText() + " " + r.path("seed").asText() + " " + r.path("estimator").asText(),
                    m.toString());
        }
        return byKey;
    }

    @Test
    void badArgumentsGetOneLine() {
        Path out = dir.resolve("out");
        for (String[] args : new String[][] {
            {"epiplexity", "tictactoe", "--observers", "huge", "--out", out.toString()},
            {"epiplexity", "tictactoe", "--estimator", "exact", "--out", out.toString()},
            {"epiplexity", "tictactoe", "--tokeniser", "pixels", "--out", out.toString()},
            {"epiplexity", "tictactoe", "--tokens", "0", "--out", out.toString()},
            {"epiplexity", "chess", "--out", out.toString()},
            {"epiplexity", dir.resolve("missing.jsonl.gz").toString(), "--out", out.toString()},
            {"epiplexity-sweep", dir.toString(), "--out", out.toString()},
            {"epiplexity", "synthetic:zipf", "--out", out.toString()},
            {"epiplexity", "repeat:x:tictactoe", "--out", out.toString()},
            {"epiplexity", "repeat:0:tictactoe", "--out", out.toString()},
            {"calibrate", "--corpora", "synthetic:zipf", "--out", out.toString()},
            {"calibrate", "--observers", "huge", "--out", out.toString()},
        }) {
            CliRun r = CliRun.of(args);
            assertEquals(1, r.exit(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one error line: " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertFalse(Files.exists(out), "nothing written on bad input");
    }

    @Test
    void helpNamesEveryObserverSize() {
        for (String command : List.of("epiplexity", "epiplexity-sweep", "calibrate")) {
            String help = CliRun.of(command, "--help").out();
            for (String size : ObserverSpec.NAMED_SIZES) {
                assertTrue(help.contains(size), command + " --help names " + size + ": " + help);
            }
        }
    }
}
