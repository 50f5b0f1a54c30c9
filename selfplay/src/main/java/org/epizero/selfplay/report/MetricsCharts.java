package org.epizero.selfplay.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.epizero.selfplay.run.GenerationMetrics;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG charts of a run's metrics against training steps. */
public final class MetricsCharts {

    private record Series(String name, ToDoubleFunction<GenerationMetrics> value) {
    }

    private MetricsCharts() {
    }

    /** Writes the charts into {@code dir} and returns their paths. */
    public static List<Path> write(List<GenerationMetrics> metrics, String title, Path dir) throws IOException {
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("no metrics to plot yet: the run has not finished a generation");
        }
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(chart(metrics, title + ": training losses", "loss", dir.resolve("losses.png"),
                new Series("policy cross-entropy (nats)", GenerationMetrics::policyLoss),
                new Series("value squared error", GenerationMetrics::valueLoss)));
        written.add(chart(metrics, title + ": outcomes and exploration", "share / bits", dir.resolve("games.png"),
                new Series("first player wins", GenerationMetrics::firstPlayerWins),
                new Series("draws", GenerationMetrics::draws),
                new Series("distinct games", GenerationMetrics::distinctGames),
                new Series("first-move entropy (bits)", GenerationMetrics::firstMoveEntropy)));
        written.add(chart(metrics, title + ": game length", "moves", dir.resolve("length.png"),
                new Series("mean game length", GenerationMetrics::meanLength)));
        written.add(chart(metrics, title + ": self-play throughput", "simulations / s", dir.resolve("throughput.png"),
                new Series("simulations per second", GenerationMetrics::simulationsPerSecond)));
        return written;
    }

    private static Path chart(List<GenerationMetrics> metrics, String title, String yTitle, Path file, Series... series)
            throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(500).title(title).xAxisTitle("training step (generator)")
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        double[] x = metrics.stream().mapToDouble(GenerationMetrics::generatorStep).toArray();
        for (Series s : series) {
            double[] y = metrics.stream().mapToDouble(s.value()).toArray();
            chart.addSeries(s.name(), x, y).setMarker(SeriesMarkers.CIRCLE);
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }
}
