package org.epizero.selfplay.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Elo of a run's checkpoints against training step, with error bars and reference players as lines. */
public final class EloChart {

    /** A rated reference drawn as a horizontal line. */
    public record Reference(String name, double elo) {
    }

    private EloChart() {
    }

    /** Writes the chart to {@code file}. */
    public static void write(String title, double[] steps, double[] elo, double[] errors, List<Reference> references, Path file)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(file.toAbsolutePath().getParent());
        XYChart chart = new XYChartBuilder().width(900).height(500).title(title).xAxisTitle("training step")
                .yAxisTitle("Elo (random = 0)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        XYSeries agent = chart.addSeries("checkpoints (search)", steps, elo, errors);
        agent.setMarker(SeriesMarkers.CIRCLE);
        double first = steps[0];
        double last = steps[steps.length - 1] == first ? first + 1 : steps[steps.length - 1];
        for (Reference r : references) {
            chart.addSeries(r.name(), new double[] {first, last}, new double[] {r.elo(), r.elo()}).setMarker(SeriesMarkers.NONE);
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
