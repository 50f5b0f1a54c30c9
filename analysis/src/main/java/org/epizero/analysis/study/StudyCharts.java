package org.epizero.analysis.study;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.epizero.analysis.estimate.ComputeFrontier;
import org.epizero.analysis.estimate.CurvePoint;
import org.epizero.analysis.estimate.EstimateResult;
import org.epizero.analysis.estimate.EstimatorKind;
import org.epizero.analysis.estimate.FrontierPoint;
import org.epizero.analysis.estimate.KlPoint;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG charts of a study, one set per estimator (E is preq or req) and, when the study measured
 * several budgets, per budget (file names then end in {@code -E-100k}, {@code -E-1M}, ...):
 * <ul>
 *   <li>{@code S-vs-step-E.png}, {@code H-vs-step-E.png}: S (or H) of X in bits against the
 *       generator's training step, one curve per observer (mean over seeds, error bars one standard
 *       deviation), and each corpus without a step (the bare rules, files) as a dashed level per
 *       observer;</li>
 *   <li>{@code frontier-S-E.png}, {@code frontier-H-E.png}: S_T and H_T against compute T (log
 *       axis) per corpus as step functions, each step the code of one observer on the compute
 *       frontier (see {@link ComputeFrontier}); the mean over seeds where every seed has one, with
 *       dashed steps one standard deviation either side;</li>
 *   <li>{@code loss-OBSERVER-E.png}: the online (pre-update) loss along the stream per corpus, first
 *       seed;</li>
 *   <li>{@code kl-OBSERVER-req.png}: the requential student's KL to the teacher along the stream
 *       per corpus, first seed;</li>
 *   <li>with several budgets, {@code S-vs-D-OBSERVER-E.png} and {@code loss-vs-D-OBSERVER-E.png}: S
 *       and the final held-out loss against the scored tokens of X (log axis), one curve per corpus,
 *       mean over seeds with one standard deviation as error bars.</li>
 * </ul>
 */
public final class StudyCharts {

    private StudyCharts() {}

    /** Writes every chart the measurements support into {@code dir}; returns the files. */
    public static List<Path> write(List<Measured> all, String title, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Map<EstimatorKind, List<Measured>> byKind = group(all, m -> m.result().estimator());
        for (Map.Entry<EstimatorKind, List<Measured>> e : byKind.entrySet()) {
            String k = e.getKey() == EstimatorKind.PREQUENTIAL ? "preq" : "req";
            TreeMap<Long, List<Measured>> byBudget = new TreeMap<>(group(e.getValue(), m -> m.result().datasetScoredTokens()));
            boolean several = byBudget.size() > 1;
            for (Map.Entry<Long, List<Measured>> b : byBudget.entrySet()) {
                String suffix = several ? "-" + budgetName(b.getKey()) : "";
                String t = title + " (" + k + (several ? ", D = " + budgetName(b.getKey()) + " tokens" : "") + ")";
                written.addAll(atOneBudget(b.getValue(), e.getKey(), t, k + suffix, dir));
            }
            if (several) {
                for (Map.Entry<String, List<Measured>> o : group(e.getValue(), m -> m.result().observer().name()).entrySet()) {
                    String t = title + " (" + k + ", observer " + o.getKey() + ")";
                    written.add(againstBudget(o.getValue(), t + ": S against the budget", "S (bits)",
                            EstimateResult::structureBits, dir.resolve("S-vs-D-" + o.getKey() + "-" + k + ".png")));
                    written.add(againstBudget(o.getValue(), t + ": held-out loss against the budget",
                            "held-out loss (bits per scored token)", EstimateResult::heldOutLossBits,
                            dir.resolve("loss-vs-D-" + o.getKey() + "-" + k + ".png")));
                }
            }
        }
        return written;
    }

    /** The charts of one estimator at one budget; {@code k} ends every file name. */
    private static List<Path> atOneBudget(List<Measured> rows, EstimatorKind kind, String t, String k, Path dir)
            throws IOException {
        List<Path> written = new ArrayList<>();
        if (rows.stream().anyMatch(m -> m.corpus().hasStep())) {
            written.add(againstStep(rows, t + ": structural information S", "S (bits)",
                    EstimateResult::structureBits, dir.resolve("S-vs-step-" + k + ".png")));
            written.add(againstStep(rows, t + ": time-bounded entropy H", "H (bits)",
                    EstimateResult::entropyBits, dir.resolve("H-vs-step-" + k + ".png")));
        }
        written.add(frontier(rows, t + ": S_T on the compute frontier", "S_T (bits)", true,
                dir.resolve("frontier-S-" + k + ".png")));
        written.add(frontier(rows, t + ": H_T on the compute frontier", "H_T (bits)", false,
                dir.resolve("frontier-H-" + k + ".png")));
        for (Map.Entry<String, List<Measured>> o : group(rows, m -> m.result().observer().name()).entrySet()) {
            written.add(lossCurves(o.getValue(), t + ": online loss, observer " + o.getKey(),
                    dir.resolve("loss-" + o.getKey() + "-" + k + ".png")));
            if (kind == EstimatorKind.REQUENTIAL && o.getValue().stream().anyMatch(m -> m.result().klCurve().size() > 1)) {
                written.add(klCurves(o.getValue(), t + ": student KL to the teacher, observer " + o.getKey(),
                        dir.resolve("kl-" + o.getKey() + "-" + k + ".png")));
            }
        }
        return written;
    }

    /** A value against the scored tokens of X (log axis), one curve per corpus: mean over seeds, error bars one sd. */
    private static Path againstBudget(List<Measured> rows, String title, String yTitle,
            ToDoubleFunction<EstimateResult> value, Path file) throws IOException {
        XYChart chart = base(title, "scored tokens of X, D", yTitle);
        chart.getStyler().setXAxisLogarithmic(true);
        for (Map.Entry<String, List<Measured>> c : group(rows, m -> m.corpus().label()).entrySet()) {
            TreeMap<Long, List<Double>> byBudget = new TreeMap<>();
            for (Measured m : c.getValue()) {
                byBudget.computeIfAbsent(m.result().datasetScoredTokens(), d -> new ArrayList<>()).add(value.applyAsDouble(m.result()));
            }
            double[] x = byBudget.keySet().stream().mapToDouble(Long::doubleValue).toArray();
            double[] y = byBudget.values().stream().mapToDouble(Spread::mean).toArray();
            double[] err = byBudget.values().stream().mapToDouble(Spread::sd).toArray();
            chart.addSeries(c.getKey(), x, y, err).setMarker(SeriesMarkers.CIRCLE);
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }

    /** A budget as file names show it: 100k, 1M, 3.2M. */
    public static String budgetName(long tokens) {
        if (tokens >= 1_000_000) {
            return trim(tokens / 1e6) + "M";
        }
        if (tokens >= 1_000) {
            return trim(tokens / 1e3) + "k";
        }
        return Long.toString(tokens);
    }

    private static String trim(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static Path againstStep(List<Measured> rows, String title, String yTitle,
            ToDoubleFunction<EstimateResult> value, Path file) throws IOException {
        XYChart chart = base(title, "training step (generator)", yTitle);
        double minStep = rows.stream().filter(m -> m.corpus().hasStep()).mapToLong(m -> m.corpus().step()).min().orElse(0);
        double maxStep = rows.stream().filter(m -> m.corpus().hasStep()).mapToLong(m -> m.corpus().step()).max().orElse(1);
        Color[] palette = chart.getStyler().getSeriesColors();
        int observerIndex = 0;
        // Corpora of one step made under two protocols are two curves, never one average.
        boolean protocols = rows.stream().filter(m -> m.corpus().hasStep()).map(m -> m.corpus().protocol()).distinct().count() > 1;
        Function<Measured, String> curveOf = m -> m.result().observer().name()
                + (protocols && m.corpus().hasStep() ? " " + m.corpus().protocol() : "");
        List<Double> unlearnedX = new ArrayList<>();
        List<Double> unlearnedY = new ArrayList<>();
        for (Map.Entry<String, List<Measured>> o : group(rows, curveOf).entrySet()) {
            Color colour = palette[observerIndex++ % palette.length];
            TreeMap<Long, List<Double>> byStep = new TreeMap<>();
            TreeMap<Long, List<Double>> gapByStep = new TreeMap<>();
            Map<String, List<Double>> levels = new LinkedHashMap<>();
            Map<String, List<Double>> levelGaps = new LinkedHashMap<>();
            for (Measured m : o.getValue()) {
                double v = value.applyAsDouble(m.result());
                if (m.corpus().hasStep()) {
                    byStep.computeIfAbsent(m.corpus().step(), s -> new ArrayList<>()).add(v);
                    gapByStep.computeIfAbsent(m.corpus().step(), s -> new ArrayList<>()).add(m.result().generatorGap());
                } else {
                    levels.computeIfAbsent(m.corpus().label(), s -> new ArrayList<>()).add(v);
                    levelGaps.computeIfAbsent(m.corpus().label(), s -> new ArrayList<>()).add(m.result().generatorGap());
                }
            }
            if (!byStep.isEmpty()) {
                double[] x = new double[byStep.size()];
                double[] y = new double[x.length];
                double[] err = new double[x.length];
                int i = 0;
                for (Map.Entry<Long, List<Double>> s : byStep.entrySet()) {
                    x[i] = s.getKey();
                    y[i] = Spread.mean(s.getValue());
                    err[i] = Spread.sd(s.getValue());
                    if (notLearned(gapByStep.get(s.getKey()))) {
                        unlearnedX.add(x[i]);
                        unlearnedY.add(y[i]);
                    }
                    i++;
                }
                XYSeries curve = chart.addSeries(o.getKey(), x, y, err);
                curve.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(colour).setLineColor(colour);
            }
            for (Map.Entry<String, List<Double>> l : levels.entrySet()) {
                double level = Spread.mean(l.getValue());
                String name = l.getKey() + " (" + o.getKey() + (notLearned(levelGaps.get(l.getKey())) ? ", not learned" : "") + ")";
                XYSeries s = chart.addSeries(name, new double[] {minStep, maxStep}, new double[] {level, level});
                // Bare rules dashed, controls (length-matched, repeated games) dotted.
                s.setMarker(SeriesMarkers.NONE).setLineStyle(CorpusInfo.isBareRules(l.getKey()) ? SeriesLines.DASH_DASH : SeriesLines.DOT_DOT)
                        .setLineColor(colour);
            }
        }
        if (!unlearnedX.isEmpty()) {
            XYSeries marks = chart.addSeries(String.format(java.util.Locale.ROOT, "not learned (mean gap > %.0f%%)",
                    100 * SummaryTable.LEARNED_GAP), unlearnedX, unlearnedY);
            marks.setMarker(SeriesMarkers.CROSS).setMarkerColor(Color.BLACK).setLineStyle(SeriesLines.NONE);
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }

    /** Whether these seeds' mean gap to the generator exceeds {@link SummaryTable#LEARNED_GAP} (false when unknown). */
    private static boolean notLearned(List<Double> gaps) {
        double mean = Spread.mean(gaps);
        return !Double.isNaN(mean) && mean > SummaryTable.LEARNED_GAP;
    }

    private static Path frontier(List<Measured> rows, String title, String yTitle, boolean structure, Path file)
            throws IOException {
        XYChart chart = base(title, "compute T (FLOPs)", yTitle);
        chart.getStyler().setXAxisLogarithmic(true);
        Color[] palette = chart.getStyler().getSeriesColors();
        int corpusIndex = 0;
        for (Map.Entry<String, List<Measured>> c : group(rows, m -> m.corpus().label()).entrySet()) {
            Color colour = palette[corpusIndex++ % palette.length];
            List<ComputeFrontier> perSeed = new ArrayList<>();
            double end = 0;
            for (List<Measured> seedRows : group(c.getValue(), m -> m.result().seed()).values()) {
                List<FrontierPoint> points = new ArrayList<>();
                for (Measured m : seedRows) {
                    points.addAll(ComputeFrontier.pointsOf(m.result().observer().name(), m.result()));
                    end = Math.max(end, m.result().flops());
                }
                perSeed.add(ComputeFrontier.of(points));
            }
            // The mean of step functions steps wherever one of them does; it exists from the budget
            // at which the last seed's frontier starts.
            double start = perSeed.stream().mapToDouble(f -> f.breakpoints().get(0)).max().orElseThrow();
            TreeSet<Double> breakpoints = new TreeSet<>();
            perSeed.forEach(f -> breakpoints.addAll(f.breakpoints()));
            double[] from = breakpoints.tailSet(start, true).stream().mapToDouble(Double::doubleValue).toArray();
            double[] mean = new double[from.length];
            double[] sd = new double[from.length];
            for (int i = 0; i < from.length; i++) {
                List<Double> readings = new ArrayList<>();
                for (ComputeFrontier f : perSeed) {
                    ComputeFrontier.Reading r = f.at(from[i]).orElseThrow();
                    readings.add(structure ? r.structureBits() : r.entropyBits());
                }
                mean[i] = Spread.mean(readings);
                sd[i] = Spread.sd(readings);
            }
            staircase(chart, c.getKey(), from, mean, end).setLineColor(colour);
            if (perSeed.size() > 1) {
                for (int sign : new int[] {1, -1}) {
                    double[] edge = new double[from.length];
                    for (int i = 0; i < from.length; i++) {
                        edge[i] = mean[i] + sign * sd[i];
                    }
                    staircase(chart, c.getKey() + (sign > 0 ? " +sd" : " -sd"), from, edge, end)
                            .setLineStyle(SeriesLines.DASH_DASH).setLineColor(colour).setShowInLegend(false);
                }
            }
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }

    /**
     * Adds a step function as a polyline: {@code value[i]} from {@code from[i]} up to
     * {@code from[i + 1]}, the last value up to {@code end}.
     */
    private static XYSeries staircase(XYChart chart, String name, double[] from, double[] value, double end) {
        int n = from.length;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = from[i];
            x[2 * i + 1] = i + 1 < n ? from[i + 1] : Math.max(end, from[i]);
            y[2 * i] = value[i];
            y[2 * i + 1] = value[i];
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        return series;
    }

    private static Path lossCurves(List<Measured> rows, String title, Path file) throws IOException {
        XYChart chart = base(title, "training tokens D", "online loss (bits per scored token)");
        long firstSeed = rows.stream().mapToLong(m -> m.result().seed()).min().orElse(0);
        for (Measured m : rows) {
            if (m.result().seed() != firstSeed || m.result().onlineCurve().size() < 2) {
                continue;
            }
            List<CurvePoint> curve = m.result().onlineCurve();
            chart.addSeries(m.corpus().label(), curve.stream().mapToDouble(CurvePoint::tokens).toArray(),
                    curve.stream().mapToDouble(CurvePoint::lossBits).toArray()).setMarker(SeriesMarkers.NONE);
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }

    private static Path klCurves(List<Measured> rows, String title, Path file) throws IOException {
        XYChart chart = base(title, "teacher training tokens D", "KL (bits per scored synthetic token)");
        long firstSeed = rows.stream().mapToLong(m -> m.result().seed()).min().orElse(0);
        for (Measured m : rows) {
            if (m.result().seed() != firstSeed || m.result().klCurve().size() < 2) {
                continue;
            }
            List<KlPoint> curve = m.result().klCurve();
            chart.addSeries(m.corpus().label(), curve.stream().mapToDouble(KlPoint::tokens).toArray(),
                    curve.stream().mapToDouble(KlPoint::klBits).toArray()).setMarker(SeriesMarkers.NONE);
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }

    private static XYChart base(String title, String xTitle, String yTitle) {
        // The legend goes beside the plot: below it, a study with controls (three series per
        // observer) squeezed the plot to a strip.
        XYChart chart = new XYChartBuilder().width(1150).height(550).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setYAxisDecimalPattern("#,##0.##"); // XChart writes 800,000 as 8E5 otherwise
        return chart;
    }

    private static <K> Map<K, List<Measured>> group(List<Measured> rows, Function<Measured, K> key) {
        Map<K, List<Measured>> map = new LinkedHashMap<>();
        for (Measured m : rows) {
            map.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m);
        }
        return map;
    }
}
