package org.epizero.analysis.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epizero.analysis.estimate.EstimateResult;
import org.epizero.analysis.estimate.EstimatorConfig;
import org.epizero.analysis.estimate.EstimatorKind;
import org.epizero.analysis.observer.ObserverSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableTest {

    @TempDir
    Path dir;

    private static Measured measured(String corpus, long step, String observer, long seed, long tokens, double s,
            double heldOutPerGame, double exactPerGame, double seconds) {
        EstimateResult r = new EstimateResult(EstimatorKind.PREQUENTIAL, ObserverSpec.named(observer, 64), 14, seed,
                EstimateResult.LAYOUT, 0.9, observer.equals("tiny") ? 28_000 : 600_000, tokens, tokens, tokens, 100, 1e9, s,
                1000, s / 100, 10, 1.0, 1.0, 100, heldOutPerGame, exactPerGame, 0, 0, 0, EstimatorConfig.DEFAULT, List.of(),
                List.of(), List.of());
        return new Measured(new CorpusInfo(corpus, "tictactoe", step, "protocol", "moves", 0), r, seconds);
    }

    @Test
    void seedsAreSummarisedAndUnconvergedRowsMarked() throws IOException {
        List<Measured> all = List.of(
                measured("step-800", 800, "medium", 1, 1000, 100, 10.5, 10.0, 30),
                measured("step-800", 800, "medium", 2, 1000, 140, 11.5, 10.0, 50),
                measured("step-800", 800, "tiny", 1, 1000, 90, 13.0, 10.0, 5),
                measured("rules:tictactoe", -1, "tiny", 1, 1000, 70, 17.6, 17.5, 5),
                measured("step-0", 0, "tiny", 1, 1000, 80, 12.0, 12.0, 5),
                measured("step-0", 0, "tiny", 1, 300, 20, 30.0, 12.0, 2));
        List<SummaryTable.Row> rows = SummaryTable.rows(all);
        assertEquals(List.of("step-0@300", "rules:tictactoe@1000", "step-0@1000", "step-800@1000", "step-800@1000"),
                rows.stream().map(r -> r.corpus() + "@" + r.scoredTokens()).toList(), "budget, then rules, then by step");
        assertEquals(List.of("tiny", "medium"), rows.subList(3, 5).stream().map(SummaryTable.Row::observer).toList(),
                "smaller observers first");
        SummaryTable.Row medium = rows.get(4);
        assertEquals(2, medium.seeds());
        assertEquals(120, medium.sMean(), 1e-9);
        assertEquals(Math.sqrt(800), medium.sSd(), 1e-9, "S 100 and 140: sample sd sqrt(800)");
        assertEquals(11.0, medium.hPerGameMean(), 1e-9);
        assertEquals(0.10, medium.gapMean(), 1e-9, "gaps of 5% and 15%");
        assertTrue(medium.learned(), "a mean gap of exactly 10% counts as learned");
        assertEquals(80, medium.seconds(), 1e-9);
        assertFalse(rows.get(3).learned(), "tiny is 30% above the exact code");
        assertTrue(Double.isNaN(rows.get(3).sSd()), "one seed has no spread");
        assertFalse(rows.get(0).learned());

        SummaryTable.write(all, dir);
        List<String> csv = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals(6, csv.size());
        assertTrue(csv.get(5).startsWith("moves,preq,1000,step-800,800,medium,600000,2,120.000,28.2843,11.0000,"), csv.get(5));
        String md = Files.readString(dir.resolve("summary.md"));
        assertTrue(md.contains("| moves | preq | 1k | step-800 | medium | 2 | 120 ± 28 | 11.00 ± 0.71 | 10.00 | +10.0% ± 7.1% | yes |"), md);
        assertTrue(md.contains("| moves | preq | 1k | step-800 | tiny | 1 | 90 | 13.00 | 10.00 | +30.0% | no |"), md);
        assertTrue(md.contains("6 measurements, 0.03 worker-hours"), md);
    }
}
