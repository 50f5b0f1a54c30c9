package org.epizero.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.epizero.selfplay.cli.EpiZeroCli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Epiplexity measurements run as Spark tasks in executor JVMs of their own give the numbers of the
 * same study measured in this process, bit for bit, with the default settings of both, and a
 * distributed study continued later measures only what its log lacks, like a local one.
 */
class SparkEpiplexityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Both estimators: the requential one's numbers differ in the last bits between thread counts.
    private static final String[] STUDY = {"epiplexity", "tictactoe", "--observers", "tiny", "--tokens", "3000",
        "--estimator", "both", "--quiet"};

    @TempDir
    Path dir;

    @BeforeEach
    void sparkHome() throws IOException {
        Files.createDirectories(Path.of(System.getenv("SPARK_HOME"), "jars"));
    }

    @Test
    void executorsMeasureWhatThisProcessMeasuresAndResumeFromTheLog() throws IOException {
        Path here = dir.resolve("in-process");
        // The defaults on both sides: one PyTorch thread per measurement (one worker per core here,
        // spark.task.cpus there).
        run(here, "--seeds", "2");

        Path cluster = dir.resolve("cluster");
        run(cluster, "--seeds", "1", "--spark", "local-cluster[2,1,1024]");
        assertEquals(2, measurements(cluster).size());
        String resumed = run(cluster, "--seeds", "2", "--spark", "local-cluster[2,1,1024]");
        assertTrue(resumed.contains("measured 2, reused 2"), resumed);

        Map<String, String> expected = measurements(here);
        assertEquals(4, expected.size());
        assertEquals(expected, measurements(cluster));
    }

    private static String run(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of(STUDY));
        args.addAll(List.of(extra));
        args.addAll(List.of("-o", out.toString()));
        CommandLine cli = EpiZeroCli.commandLine();
        StringWriter err = new StringWriter();
        StringWriter text = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(text));
        assertEquals(0, cli.execute(args.toArray(String[]::new)), err.toString());
        return text.toString();
    }

    /** The logged measurements by key (corpus, observer, seed, estimator), wall time left out. */
    private static Map<String, String> measurements(Path out) throws IOException {
        Map<String, String> byKey = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve("measurements.jsonl"))) {
            ObjectNode m = (ObjectNode) JSON.readTree(line);
            m.remove("seconds");
            String key = m.path("corpus").path("label").asText() + " " + m.path("result").path("observer").path("name").asText()
                    + " " + m.path("result").path("seed").asText() + " " + m.path("result").path("estimator").asText();
            assertEquals(null, byKey.put(key, m.toString()), "measured twice: " + key);
        }
        return byKey;
    }
}
