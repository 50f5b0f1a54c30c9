package org.epizero.analysis.study;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epizero.analysis.estimate.CodeSnapshot;
import org.epizero.analysis.estimate.CurvePoint;
import org.epizero.analysis.estimate.EstimateResult;
import org.epizero.analysis.estimate.EstimatorConfig;
import org.epizero.analysis.estimate.EstimatorKind;
import org.epizero.analysis.estimate.KlPoint;
import org.epizero.analysis.observer.ObserverSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The requential KL chart, drawn from hand-made results. */
class StudyChartsTest {

    @TempDir
    Path dir;

    private static Measured measured(String corpus, EstimatorKind kind, List<KlPoint> klCurve) {
        double flops = 6.0 * 4720 * 1100 + 2.0 * 4720 * 1100;
        EstimateResult r = new EstimateResult(kind, ObserverSpec.named("tiny", 64), 14, 1, EstimateResult.LAYOUT, 0.9,
                4720, 1100, 1100, 1000, 101, flops, 40, 2500, 40 / 101.0, 2500 / 101.0, 2.5, 2.6, 120, 25.1, 24.0,
                klCurve.isEmpty() ? 0 : 2000, klCurve.isEmpty() ? 0 : 4, 0, EstimatorConfig.DEFAULT.withKind(kind),
                List.of(new CurvePoint(550, 3.1), new CurvePoint(1100, 2.6)), klCurve,
                List.of(new CodeSnapshot(1, 550, flops / 2, 3.0, 20, 3000), new CodeSnapshot(2, 1100, flops, 2.5, 40, 2500)));
        return new Measured(new CorpusInfo(corpus, "tictactoe", -1, "uniform", "moves", 0), r, 1.0);
    }

    @Test
    void requentialResultsGetAKlChartPerObserver() throws IOException {
        List<KlPoint> kl = List.of(new KlPoint(550, 0.12, 2), new KlPoint(1100, 0.08, 4));
        List<Path> written = StudyCharts.write(List.of(measured("rules", EstimatorKind.REQUENTIAL, kl),
                measured("rules", EstimatorKind.PREQUENTIAL, List.of())), "t", dir);
        Path chart = dir.resolve("kl-tiny-req.png");
        assertTrue(written.contains(chart) && Files.size(chart) > 0, "written: " + written);
        assertFalse(Files.exists(dir.resolve("kl-tiny-preq.png")), "prequential runs have no student");
    }

    @Test
    void resultsLoggedWithoutAKlCurveGetNone() throws IOException {
        List<Path> written = StudyCharts.write(List.of(measured("rules", EstimatorKind.REQUENTIAL, List.of())), "t", dir);
        assertFalse(written.contains(dir.resolve("kl-tiny-req.png")));
        assertTrue(written.contains(dir.resolve("loss-tiny-req.png")));
    }
}
