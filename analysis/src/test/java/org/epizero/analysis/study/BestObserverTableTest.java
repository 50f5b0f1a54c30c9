package org.epizero.analysis.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.epizero.analysis.estimate.EstimateResult;
import org.epizero.analysis.estimate.EstimatorConfig;
import org.epizero.analysis.estimate.EstimatorKind;
import org.epizero.analysis.observer.ObserverSpec;
import org.junit.jupiter.api.Test;

class BestObserverTableTest {

    private static Measured measured(String observer, long seed, long tokens, double s, double h) {
        EstimateResult r = new EstimateResult(EstimatorKind.PREQUENTIAL, ObserverSpec.named(observer, 64), 14, seed,
                EstimateResult.LAYOUT, 0.9, 1000, tokens, tokens, tokens, 100, 1e9, s, h, s / 100, h / 100, 2.5, 2.6, 120, 25.1,
                24.0, 0, 0, 0, EstimatorConfig.DEFAULT, List.of(), List.of(), List.of());
        return new Measured(new CorpusInfo("rules:tictactoe", "tictactoe", -1, "uniform-random(seed=1)", "moves", 0), r, 1);
    }

    @Test
    void theShortestTwoPartCodeOverSeedsWinsAtEachBudget() {
        List<Measured> all = List.of(
                // 1000 tokens: small codes X in 100 + 900 and 140 + 880 bits (mean 1010), tiny in 50 + 1000 and 30 + 1010 (1045).
                measured("small", 1, 1000, 100, 900), measured("small", 2, 1000, 140, 880),
                measured("tiny", 1, 1000, 50, 1000), measured("tiny", 2, 1000, 30, 1010),
                // 10000 tokens: only tiny was measured.
                measured("tiny", 1, 10000, 300, 9000));
        List<BestObserverTable.Row> rows = BestObserverTable.rows(all);
        assertEquals(2, rows.size());
        BestObserverTable.Row first = rows.get(0);
        assertEquals(1000, first.scoredTokens());
        assertEquals("small", first.best().observer());
        assertEquals(1010, first.best().codeBits(), 1e-9);
        assertEquals(Math.sqrt(200), first.best().codeBitsSd(), 1e-9, "codes 1000 and 1020: sample sd sqrt(200)");
        assertEquals(120, first.best().structureBits(), 1e-9);
        assertEquals("tiny", first.runnerUp().observer());
        assertEquals(1045, first.runnerUp().codeBits(), 1e-9);
        assertEquals("tiny", rows.get(1).best().observer());
        assertNull(rows.get(1).runnerUp());
        String csv = BestObserverTable.csv(rows);
        assertEquals(String.join(",", BestObserverTable.COLUMNS), csv.lines().findFirst().orElseThrow());
        assertEquals("rules:tictactoe,moves,prequential,1000,small,2,1010.00,14.1421,120.000,890.000,tiny,1045.00",
                csv.lines().skip(1).findFirst().orElseThrow());
    }
}
