package org.epizero.analysis.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.epizero.analysis.estimate.EstimateResult;
import org.epizero.analysis.estimate.EstimatorKind;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The instrument against exact answers: per corpus and observer (mean and spread over seeds), the
 * observer's code length of a held-out sequence beside the generator's exact code length of the
 * same sequences, the gap, and S; and whether the gap is within the corpus's tolerance.
 */
public final class CalibrationTable {

    /**
     * What counts as having learned a corpus.
     *
     * @param relativeGap largest {@code H / exact - 1} (for corpora whose exact code length is
     *     positive); NaN when this criterion does not apply
     * @param bitsPerScoredToken largest held-out loss in bits per scored token (for corpora that are
     *     a deterministic function of their given tokens); NaN when it does not apply
     */
    public record Criterion(double relativeGap, double bitsPerScoredToken) {

        /** Within {@code share} (0.02 is 2%) of the exact code length. */
        public static Criterion within(double share) {
            return new Criterion(share, Double.NaN);
        }

        /** Held-out loss below {@code bits} per scored token. */
        public static Criterion below(double bits) {
            return new Criterion(Double.NaN, bits);
        }

        /** No criterion: reported only. */
        public static final Criterion NONE = new Criterion(Double.NaN, Double.NaN);

        boolean met(double gap, double lossBits) {
            boolean gapOk = Double.isNaN(relativeGap) || gap <= relativeGap;
            boolean lossOk = Double.isNaN(bitsPerScoredToken) || lossBits < bitsPerScoredToken;
            return gapOk && lossOk;
        }

        String describe() {
            if (!Double.isNaN(relativeGap)) {
                return String.format(Locale.ROOT, "gap <= %.0f%%", 100 * relativeGap);
            }
            if (!Double.isNaN(bitsPerScoredToken)) {
                return String.format(Locale.ROOT, "loss < %.2f bit/token", bitsPerScoredToken);
            }
            return "reported";
        }
    }

    /**
     * One corpus and observer.
     *
     * @param corpus the corpus label
     * @param observer the observer size
     * @param estimator "preq" or "req"
     * @param parameters N
     * @param seeds measurements behind the figures
     * @param scoredTokens scored tokens of X (the budget)
     * @param heldOutBitsPerSequence mean over seeds of the observer's held-out code length per sequence
     * @param heldOutBitsPerSequenceSd its standard deviation over seeds (0 for one seed)
     * @param scoredPerSequence scored tokens per sequence of X, on average
     * @param exactBitsPerSequence the generator's exact code length of the same held-out sequences (mean over seeds)
     * @param gap {@code heldOut / exact - 1}, NaN where the exact code length is 0 or unknown
     * @param lossBitsPerToken held-out loss per scored token, mean over seeds
     * @param lastIterateLossBitsPerToken the same for the raw last parameters instead of their average
     * @param structureBits S, mean over seeds
     * @param structureBitsSd its standard deviation over seeds
     * @param criterion what counts as learned
     * @param met whether the mean figures meet it
     */
    public record Row(String corpus, String observer, String estimator, long parameters, int seeds, long scoredTokens,
            double heldOutBitsPerSequence,
            double heldOutBitsPerSequenceSd, double scoredPerSequence, double exactBitsPerSequence, double gap, double lossBitsPerToken,
            double lastIterateLossBitsPerToken, double structureBits, double structureBitsSd, Criterion criterion,
            boolean met) {}

    private CalibrationTable() {}

    /** The rows, one per corpus, observer, estimator and budget in first-seen order, with each corpus's criterion. */
    public static List<Row> rows(List<Measured> measurements, Function<String, Criterion> criteria) {
        Map<String, List<Measured>> groups = new LinkedHashMap<>();
        for (Measured m : measurements) {
            groups.computeIfAbsent(m.corpus().label() + "\u0000" + m.result().observer().name() + "\u0000"
                    + m.result().estimator() + "\u0000" + m.result().datasetScoredTokens(), k -> new ArrayList<>()).add(m);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Measured> group : groups.values()) {
            EstimateResult first = group.get(0).result();
            String corpus = group.get(0).corpus().label();
            double[] heldOut = values(group, r -> r.heldOutBitsPerSequence());
            double exact = Spread.mean(values(group, r -> r.generatorBitsPerSequence()));
            double loss = Spread.mean(values(group, EstimateResult::heldOutLossBits));
            double meanHeldOut = Spread.mean(heldOut);
            double gap = exact > 0 ? meanHeldOut / exact - 1 : Double.NaN;
            Criterion criterion = criteria.apply(corpus);
            double[] structure = values(group, EstimateResult::structureBits);
            double scoredPerSequence = Spread.mean(values(group, r -> (double) r.datasetScoredTokens() / r.datasetSequences()));
            rows.add(new Row(corpus, first.observer().name(), shortName(first.estimator()), first.parameters(), group.size(),
                    first.datasetScoredTokens(), meanHeldOut, Spread.sd(heldOut),
                    scoredPerSequence, exact, gap, loss, Spread.mean(values(group, EstimateResult::lastIterateLossBits)), Spread.mean(structure),
                    Spread.sd(structure), criterion, criterion.met(gap, loss)));
        }
        return rows;
    }

    /** A plain-text table of the rows, with a legend for the columns and the negative-S note. */
    public static String format(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %-7s %-5s %10s %5s %9s %16s %11s %8s %9s %9s %18s %-22s%n", "corpus", "observer",
                "est.", "N", "seeds", "D", "H/seq (bits)", "exact/seq", "gap", "bit/tok", "last it.", "S (bits)", "criterion"));
        boolean negative = false;
        for (Row r : rows) {
            negative |= r.structureBits() < 0;
            sb.append(String.format(Locale.ROOT, "%-22s %-7s %-5s %10d %5d %9d %9.3f ± %-5.3f %11.3f %8s %9.4f %9.4f %10.0f ± %-6.0f %-22s%n",
                    r.corpus(), r.observer(), r.estimator(), r.parameters(), r.seeds(), r.scoredTokens(), r.heldOutBitsPerSequence(), r.heldOutBitsPerSequenceSd(),
                    r.exactBitsPerSequence(), Double.isNaN(r.gap()) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * r.gap()),
                    r.lossBitsPerToken(), r.lastIterateLossBitsPerToken(), r.structureBits(), r.structureBitsSd(),
                    (r.criterion() == Criterion.NONE ? "" : r.met() ? "PASS " : "FAIL ") + r.criterion().describe()));
        }
        sb.append("D: scored tokens of the measured corpus; H/seq: the observer's code length of a held-out sequence (mean ± sd over seeds); exact/seq: the generator's"
                + " code length of the same sequences; bit/tok: held-out loss per scored token of the averaged model;"
                + " last it.: the same for the last iterate. The criteria are those the calibration's largest observer must"
                + " meet; smaller observers are shown against them too.\n");
        if (negative) {
            sb.append("A negative S is below the estimator's noise floor: the final model codes the held-out data slightly"
                    + " worse than the online average did; read it as S = 0 within the spread.\n");
        }
        return sb.toString();
    }

    /** The rows as CSV (one line per corpus and observer). */
    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("corpus,observer,estimator,N_parameters,seeds,scored_tokens,heldout_bits_per_sequence,heldout_bits_per_sequence_sd,"
                + "exact_bits_per_sequence,gap,loss_bits_per_token,last_iterate_loss_bits_per_token,S_bits,S_bits_sd,criterion,met\n");
        for (Row r : rows) {
            sb.append(String.join(",", r.corpus(), r.observer(), r.estimator(), Long.toString(r.parameters()), Integer.toString(r.seeds()),
                    Long.toString(r.scoredTokens()), num(r.heldOutBitsPerSequence()), num(r.heldOutBitsPerSequenceSd()), num(r.exactBitsPerSequence()),
                    Double.isNaN(r.gap()) ? "" : num(r.gap()), num(r.lossBitsPerToken()), num(r.lastIterateLossBitsPerToken()),
                    num(r.structureBits()), num(r.structureBitsSd()), r.criterion().describe(),
                    r.criterion() == Criterion.NONE ? "" : Boolean.toString(r.met()))).append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes {@code calibration.png}: the excess of each observer's held-out code length over the
     * exact one, in bits per scored token, against the observer's parameters (log axis), one curve
     * per corpus and estimator. Zero is a perfectly learned corpus. Returns null when no corpus has an exact
     * reference.
     */
    public static Path chart(List<Row> rows, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(550)
                .title("Calibration: observer code length above the exact one")
                .xAxisTitle("observer parameters N").yAxisTitle("excess (bits per scored token)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setXAxisLogarithmic(true);
        Map<String, List<Row>> byCorpus = new LinkedHashMap<>();
        rows.forEach(r -> byCorpus.computeIfAbsent(r.estimator().equals("preq") ? r.corpus() : r.corpus() + " (" + r.estimator() + ")",
                k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<Row>> e : byCorpus.entrySet()) {
            List<Row> list = new ArrayList<>(e.getValue());
            list.removeIf(r -> Double.isNaN(r.exactBitsPerSequence()));
            if (list.isEmpty()) {
                continue;
            }
            list.sort(Comparator.comparingLong(Row::parameters));
            double[] x = new double[list.size()];
            double[] y = new double[list.size()];
            double[] err = new double[list.size()];
            for (int i = 0; i < x.length; i++) {
                Row r = list.get(i);
                x[i] = r.parameters();
                y[i] = (r.heldOutBitsPerSequence() - r.exactBitsPerSequence()) / r.scoredPerSequence();
                err[i] = r.heldOutBitsPerSequenceSd() / r.scoredPerSequence();
            }
            chart.addSeries(e.getKey(), x, y, err).setMarker(SeriesMarkers.CIRCLE);
        }
        if (chart.getSeriesMap().isEmpty()) {
            return null;
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }

    private static String shortName(EstimatorKind kind) {
        return kind == EstimatorKind.PREQUENTIAL ? "preq" : "req";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private interface Field {
        double of(EstimateResult r);
    }

    private static double[] values(List<Measured> group, Field f) {
        double[] v = new double[group.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.of(group.get(i).result());
        }
        return v;
    }
}
