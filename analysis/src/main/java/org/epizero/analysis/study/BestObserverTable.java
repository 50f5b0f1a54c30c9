package org.epizero.analysis.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.epizero.engine.io.AtomicFiles;

/**
 * The optimal observer size per corpus, estimator and budget: the observer whose two-part code
 * S + H of X is shortest, averaged over seeds (the minimum description length choice among the
 * sizes measured), with the runner-up for contrast. Written as {@code best-observer.csv}.
 */
public final class BestObserverTable {

    /** The CSV header. {@code code_bits} is S + H, mean over seeds, and {@code code_bits_sd} its sample sd. */
    public static final List<String> COLUMNS = List.of("corpus", "tokeniser", "estimator", "scored_tokens", "best_observer",
            "seeds", "code_bits", "code_bits_sd", "S_bits", "H_bits", "runner_up", "runner_up_code_bits");

    /** One corpus, estimator and budget. */
    public record Row(String corpus, String tokeniser, String estimator, long scoredTokens, Observed best, Observed runnerUp) {}

    /** One observer's seeds at that point. */
    public record Observed(String observer, long parameters, int seeds, double codeBits, double codeBitsSd, double structureBits,
            double entropyBits) {}

    private BestObserverTable() {}

    /** The rows, in order of corpus, then estimator, then budget. */
    public static List<Row> rows(List<Measured> all) {
        Map<List<Object>, Map<String, List<Measured>>> groups = new LinkedHashMap<>();
        for (Measured m : all) {
            List<Object> key = List.of(m.corpus().label(), m.corpus().tokeniser(), m.result().estimator().name().toLowerCase(Locale.ROOT),
                    m.result().datasetScoredTokens());
            groups.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(m.result().observer().name(), k -> new ArrayList<>()).add(m);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<List<Object>, Map<String, List<Measured>>> g : groups.entrySet()) {
            List<Observed> observed = new ArrayList<>();
            for (Map.Entry<String, List<Measured>> o : g.getValue().entrySet()) {
                observed.add(observed(o.getKey(), o.getValue()));
            }
            observed.sort(Comparator.comparingDouble(Observed::codeBits));
            List<Object> k = g.getKey();
            rows.add(new Row((String) k.get(0), (String) k.get(1), (String) k.get(2), (Long) k.get(3), observed.get(0),
                    observed.size() > 1 ? observed.get(1) : null));
        }
        rows.sort(Comparator.comparing(Row::corpus).thenComparing(Row::tokeniser).thenComparing(Row::estimator)
                .thenComparingLong(Row::scoredTokens));
        return rows;
    }

    private static Observed observed(String observer, List<Measured> seeds) {
        double[] code = seeds.stream().mapToDouble(m -> m.result().structureBits() + m.result().entropyBits()).toArray();
        return new Observed(observer, seeds.get(0).result().parameters(), code.length, Spread.mean(code), Spread.sd(code),
                seeds.stream().mapToDouble(m -> m.result().structureBits()).average().orElseThrow(),
                seeds.stream().mapToDouble(m -> m.result().entropyBits()).average().orElseThrow());
    }

    /** The CSV text. */
    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Row r : rows) {
            Observed b = r.best();
            sb.append(String.join(",", ResultsTable.quote(r.corpus()), r.tokeniser(), r.estimator(), Long.toString(r.scoredTokens()),
                    b.observer(), Integer.toString(b.seeds()), ResultsTable.num(b.codeBits()), ResultsTable.num(b.codeBitsSd()),
                    ResultsTable.num(b.structureBits()), ResultsTable.num(b.entropyBits()),
                    r.runnerUp() == null ? "" : r.runnerUp().observer(),
                    r.runnerUp() == null ? "" : ResultsTable.num(r.runnerUp().codeBits()))).append('\n');
        }
        return sb.toString();
    }

    /** Writes {@code best-observer.csv} into {@code dir}. */
    public static void write(List<Measured> all, Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve("best-observer.csv"), csv(rows(all)));
    }
}
