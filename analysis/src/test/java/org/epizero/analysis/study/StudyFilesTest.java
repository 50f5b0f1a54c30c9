package org.epizero.analysis.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.epizero.analysis.estimate.CodeSnapshot;
import org.epizero.analysis.estimate.CurvePoint;
import org.epizero.analysis.estimate.EstimateResult;
import org.epizero.analysis.estimate.EstimatorConfig;
import org.epizero.analysis.estimate.EstimatorKind;
import org.epizero.analysis.observer.ObserverSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results table's columns and the measurement log's resumption, on hand-made results. */
class StudyFilesTest {

    @TempDir
    Path dir;

    private static Measured measured(String corpus, long step, long seed, double s) {
        EstimateResult r = new EstimateResult(EstimatorKind.PREQUENTIAL, ObserverSpec.named("tiny", 64), 14, seed,
                EstimateResult.LAYOUT, 0.9, 4720, 1100, 1100, 1000, 101, 6.0 * 4720 * 1100 + 2.0 * 4720 * 1100, s, 2500,
                s / 101, 2500 / 101.0, 2.5, 2.6, 120, 25.1, 24.0, 0, 0, 0,
                EstimatorConfig.DEFAULT, List.of(new CurvePoint(550, 3.1), new CurvePoint(1100, 2.6)), List.of(),
                List.of(new CodeSnapshot(1, 1100, 6.0 * 4720 * 1100 + 2.0 * 4720 * 1100, 2.5, s, 2500)));
        return new Measured(new CorpusInfo(corpus, "go(size=9,komi=7.5)", step, "evaluation(simulations=32,temperature=1,noise=0)",
                "moves", 2), r, 1.25);
    }

    @Test
    void csvHasOneRowPerMeasurementUnderTheDocumentedColumns() throws IOException {
        ResultsTable.write(List.of(measured("step-100", 100, 1, 40), measured("rules:go(size=9,komi=7.5)", -1, 2, 7.5)), dir);
        List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(3, lines.size());
        assertEquals(String.join(",", ResultsTable.COLUMNS), lines.get(0));
        assertTrue(lines.get(0).startsWith("corpus,game,step,protocol,tokeniser,skipped_records,observer,context,estimator,seed,"
                + "S_bits,H_bits,S_bits_per_game,H_bits_per_game,heldout_loss_bits_per_token,heldout_bits_per_game,"
                + "generator_bits_per_game,generator_gap,"), lines.get(0));
        assertEquals("step-100,\"go(size=9,komi=7.5)\",100,\"evaluation(simulations=32,temperature=1,noise=0)\",moves,2,tiny,64,"
                + "prequential,1,40.0000,2500.00,0.396040,24.7525,2.50000,25.1000,24.0000,0.0458333,2.60000,4720,1100,1100,"
                + "1000,101,4.15360e+07,packed-sequences,0.900000,0.100000,0.00200000,2048,0,0,1.3", lines.get(1)); // 1.25 s, rounded half up
        assertTrue(lines.get(2).startsWith("\"rules:go(size=9,komi=7.5)\",\"go(size=9,komi=7.5)\",-1,"), lines.get(2));
        assertTrue(Files.readString(dir.resolve("results.json")).contains("\"structureBits\" : 7.5"));
    }

    @Test
    void completedMeasurementsSurviveAReopenAndACutLastLineIsSkippedNotContinued() throws IOException {
        Path file = dir.resolve("measurements.jsonl");
        MeasurementLog log = MeasurementLog.open(file);
        Measured a = measured("step-100", 100, 1, 40);
        Measured b = measured("step-100", 100, 2, 41);
        log.append(a);
        log.append(b);
        Files.writeString(file, "{\"corpus\": {\"label\": \"cut sho", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        MeasurementLog reopened = MeasurementLog.open(file);
        assertEquals(1, reopened.skippedLines());
        assertEquals(a, reopened.get(a.key()));
        assertTrue(reopened.contains(b.key()));
        MeasurementKey otherSeed = new MeasurementKey("step-100", "moves", 1000, "tiny", 64, 3, EstimatorKind.PREQUENTIAL);
        MeasurementKey otherSize = new MeasurementKey("step-100", "moves", 999, "tiny", 64, 1, EstimatorKind.PREQUENTIAL);
        assertFalse(reopened.contains(otherSeed));
        assertNull(reopened.get(otherSize));

        Measured c = measured("step-100", 100, 3, 42);
        reopened.append(c);
        MeasurementLog again = MeasurementLog.open(file);
        assertEquals(c, again.get(c.key()), "a measurement appended after a cut line is read back");
        assertEquals(1, again.skippedLines(), "only the cut line is lost");
    }

    @Test
    void aLogOfAnEarlierInstrumentIsRefusedAndLeftAsItWas() throws IOException {
        Path file = dir.resolve("measurements.jsonl");
        MeasurementLog.open(file).append(measured("step-100", 100, 1, 40));
        String current = Files.readString(file);
        String old = current.replace("\"layout\":\"packed-sequences\",", "");
        assertTrue(old.length() < current.length(), "the layout field is written");
        Files.writeString(file, old + current, StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MeasurementLog.open(file));
        assertTrue(e.getMessage().contains("1 measurement(s) of an earlier version"), e.getMessage());
        assertEquals(old + current, Files.readString(file), "nothing is lost");
    }
}
