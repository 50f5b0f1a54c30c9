package org.epizero.analysis.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.epizero.analysis.estimate.EstimateResult;
import org.epizero.analysis.estimate.EstimatorKind;
import org.epizero.engine.io.AtomicFiles;

/**
 * A study's measurements summarised over seeds, one row per tokeniser x estimator x budget x
 * corpus x observer: S, the held-out code length per game H and its gap to the generator's exact
 * code length of the same games, each as mean and sample standard deviation over seeds, and the
 * compute the row cost. A row whose mean gap exceeds {@link #LEARNED_GAP} is marked as not learned
 * at that budget: its S is the area of a learning curve that has not converged. Written as
 * {@code summary.csv} and {@code summary.md} (the tables analysis/RESULTS.md quotes).
 */
public final class SummaryTable {

    /**
     * The largest mean gap at which a corpus counts as learned; the calibration holds every game's
     * bare rules to it (connect four's rules meet it at 3 M tokens, analysis/RESULTS.md).
     */
    public static final double LEARNED_GAP = 0.10;

    /** One summarised group; {@code sd} fields are NaN for a single seed, gap fields NaN without a known generator. */
    public record Row(String tokeniser, EstimatorKind estimator, long scoredTokens, String corpus, long step, String observer,
            long parameters, int seeds, double sMean, double sSd, double hPerGameMean, double hPerGameSd,
            double exactPerGame, double gapMean, double gapSd, double seconds) {

        /** Whether the observer's code is within {@link #LEARNED_GAP} of the exact one (false when unknown). */
        public boolean learned() {
            return gapMean <= LEARNED_GAP;
        }
    }

    private record Key(String tokeniser, EstimatorKind estimator, long scoredTokens, String corpus, String observer) {
    }

    private SummaryTable() {}

    /** The rows, ordered by tokeniser, estimator, budget, corpus (bare rules, then by step) and observer size. */
    public static List<Row> rows(List<Measured> measured) {
        Map<Key, List<Measured>> groups = new LinkedHashMap<>();
        for (Measured m : measured) {
            EstimateResult r = m.result();
            groups.computeIfAbsent(new Key(m.corpus().tokeniser(), r.estimator(), r.datasetScoredTokens(), m.corpus().label(),
                    r.observer().name()), k -> new ArrayList<>()).add(m);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Key, List<Measured>> e : groups.entrySet()) {
            List<Measured> g = e.getValue();
            Key k = e.getKey();
            double[] s = g.stream().mapToDouble(m -> m.result().structureBits()).toArray();
            double[] h = g.stream().mapToDouble(m -> m.result().heldOutBitsPerSequence()).toArray();
            double[] exact = g.stream().mapToDouble(m -> m.result().generatorBitsPerSequence()).toArray();
            double[] gap = g.stream().mapToDouble(m -> m.result().generatorGap()).toArray();
            rows.add(new Row(k.tokeniser(), k.estimator(), k.scoredTokens(), k.corpus(), g.get(0).corpus().step(), k.observer(),
                    g.get(0).result().parameters(), g.size(), Spread.mean(s), sd(s), Spread.mean(h), sd(h), Spread.mean(exact), Spread.mean(gap), sd(gap),
                    g.stream().mapToDouble(Measured::seconds).sum()));
        }
        rows.sort(Comparator.comparing(Row::tokeniser).thenComparing(Row::estimator).thenComparingLong(Row::scoredTokens)
                .thenComparing(SummaryTable::corpusOrder).thenComparing(Row::corpus).thenComparingLong(Row::parameters));
        return rows;
    }

    /** Bare rules first, then checkpoints by step, then every other corpus. */
    private static long corpusOrder(Row r) {
        if (CorpusInfo.isBareRules(r.corpus())) {
            return Long.MIN_VALUE;
        }
        return r.step() >= 0 ? r.step() : Long.MAX_VALUE;
    }

    /** Writes {@code summary.csv} and {@code summary.md} into {@code dir}. */
    public static void write(List<Measured> measured, Path dir) throws IOException {
        List<Row> rows = rows(measured);
        AtomicFiles.writeString(dir.resolve("summary.csv"), csv(rows));
        AtomicFiles.writeString(dir.resolve("summary.md"), markdown(rows, measured));
    }

    /** The CSV text. */
    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("tokeniser,estimator,scored_tokens,corpus,step,observer,N_parameters,seeds,"
                + "S_bits_mean,S_bits_sd,H_bits_per_game_mean,H_bits_per_game_sd,generator_bits_per_game,generator_gap_mean,"
                + "generator_gap_sd,learned,seconds\n");
        for (Row r : rows) {
            sb.append(String.join(",", r.tokeniser(), name(r.estimator()), Long.toString(r.scoredTokens()),
                    ResultsTable.quote(r.corpus()), Long.toString(r.step()), r.observer(), Long.toString(r.parameters()),
                    Integer.toString(r.seeds()), num(r.sMean()), num(r.sSd()), num(r.hPerGameMean()), num(r.hPerGameSd()),
                    num(r.exactPerGame()), num(r.gapMean()), num(r.gapSd()), Boolean.toString(r.learned()),
                    String.format(Locale.ROOT, "%.1f", r.seconds()))).append('\n');
        }
        return sb.toString();
    }

    /** One Markdown table of every row, and what the measurements cost by their own clocks. */
    public static String markdown(List<Row> rows, List<Measured> measured) {
        StringBuilder sb = new StringBuilder("| tokeniser | est. | D | corpus | observer | seeds | S (bits) | H per game |"
                + " exact per game | gap | learned |\n| --- | --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d | %s | %s | %s | %s | %s |%n", r.tokeniser(),
                    name(r.estimator()), StudyCharts.budgetName(r.scoredTokens()), r.corpus(), r.observer(), r.seeds(),
                    pm(r.sMean(), r.sSd(), "%,.0f"), pm(r.hPerGameMean(), r.hPerGameSd(), "%.2f"),
                    Double.isNaN(r.exactPerGame()) ? "" : String.format(Locale.ROOT, "%.2f", r.exactPerGame()),
                    Double.isNaN(r.gapMean()) ? "" : pm(100 * r.gapMean(), 100 * r.gapSd(), "%+.1f%%"),
                    Double.isNaN(r.gapMean()) ? "" : r.learned() ? "yes" : "no"));
        }
        double seconds = measured.stream().mapToDouble(Measured::seconds).sum();
        sb.append(String.format(Locale.ROOT, "%nMean ± sample standard deviation over seeds. %d measurements, %.2f worker-hours"
                + " by their own clocks. learned: mean gap at most %.0f%%.%n", measured.size(), seconds / 3600, 100 * LEARNED_GAP));
        return sb.toString();
    }

    /** The sample standard deviation, NaN for a single seed (no spread to quote). */
    private static double sd(double[] x) {
        return x.length < 2 ? Double.NaN : Spread.sd(x);
    }

    private static String pm(double mean, double sd, String format) {
        String m = String.format(Locale.ROOT, format, mean);
        return Double.isNaN(sd) ? m : m + " ± " + String.format(Locale.ROOT, format.replace("+", ""), sd);
    }

    private static String name(EstimatorKind kind) {
        return kind == EstimatorKind.PREQUENTIAL ? "preq" : "req";
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : ResultsTable.num(v);
    }
}
