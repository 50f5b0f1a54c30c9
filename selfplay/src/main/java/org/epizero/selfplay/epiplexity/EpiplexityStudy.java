package org.epizero.selfplay.epiplexity;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.epizero.analysis.estimate.EpiplexityEstimator;
import org.epizero.analysis.estimate.EstimateResult;
import org.epizero.analysis.estimate.EstimatorConfig;
import org.epizero.analysis.estimate.EstimatorKind;
import org.epizero.analysis.estimate.ProgressListener;
import org.epizero.analysis.games.GameTokeniser;
import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.study.Measured;
import org.epizero.analysis.study.MeasurementKey;
import org.epizero.analysis.study.MeasurementLog;
import org.epizero.analysis.study.ResultsTable;
import org.epizero.analysis.study.StudyCharts;
import org.epizero.analysis.tokens.CorpusSplit;
import org.epizero.analysis.tokens.EqualTokenSplit;
import org.epizero.analysis.tokens.PackedWindows;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.analysis.tokens.TemplateGrammar;
import org.epizero.engine.game.Game;

/**
 * Measures corpora side by side: every corpus x observer x seed x estimator, each X holding the
 * same number of scored tokens ({@link EqualTokenSplit}). Generated corpora are made large enough
 * for that; when a fixed-size corpus (a file) is too small, the size is reduced for all. Every
 * completed measurement is appended to {@code OUT/measurements.jsonl} at once and skipped when the
 * study is run again; {@code OUT/results.json}, {@code OUT/results.csv} and the charts are
 * rewritten at the end from every logged measurement of these corpora at this size, so a later
 * run with another estimator or observer adds to the results instead of replacing them.
 */
public final class EpiplexityStudy {

    private final StudySettings settings;
    private final PrintWriter out;

    public EpiplexityStudy(StudySettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    /** Runs the study and returns its measurements (old and new). */
    public List<Measured> run(List<CorpusSource> sources, String title) throws IOException {
        double heldOut = EstimatorConfig.DEFAULT.heldOutFraction();
        long tokens = settings.scoredTokens();
        List<LoadedCorpus> fixed = new ArrayList<>();
        for (CorpusSource s : sources) {
            if (s.fixedSize()) {
                LoadedCorpus c = s.load(settings.tokeniser(), tokens, this::note);
                noteGeneratorBits(c);
                fixed.add(c);
                long supported = EqualTokenSplit.largestSupported(c.corpus(), heldOut);
                if (supported < tokens) {
                    note("reducing X to " + supported + " scored tokens for every corpus: " + c.info().label() + " holds no more");
                    tokens = supported;
                }
            }
        }
        if (tokens < 1) {
            throw new IllegalArgumentException("a corpus file is too small to measure");
        }
        Path dir = settings.out();
        MeasurementLog log = MeasurementLog.open(dir.resolve("measurements.jsonl"));
        if (log.skippedLines() > 0) {
            note("skipped " + log.skippedLines() + " unreadable line(s) of " + dir.resolve("measurements.jsonl"));
        }
        // Plan first (corpora load here, on this thread), then measure side by side.
        List<Measured> all = new ArrayList<>();
        List<Planned> pending = new ArrayList<>();
        int reused = 0;
        int fixedIndex = 0;
        for (CorpusSource source : sources) {
            LoadedCorpus corpus = source.fixedSize() ? fixed.get(fixedIndex++) : null;
            int context = contextFor(source, corpus);
            for (String observer : settings.observers()) {
                ObserverSpec spec = ObserverSpec.named(observer, context);
                for (int seed = 1; seed <= settings.seeds(); seed++) {
                    for (EstimatorKind kind : settings.estimators()) {
                        String tokeniser = source.game() == null ? "tokens" : settings.tokeniser();
                        MeasurementKey key = new MeasurementKey(source.label(), tokeniser, tokens, spec.name(), context, seed, kind);
                        Measured done = log.get(key);
                        if (done != null) {
                            all.add(done);
                            reused++;
                            continue;
                        }
                        if (corpus == null) {
                            corpus = source.load(settings.tokeniser(), requiredTokens(source, tokens, heldOut), this::note);
                            noteGeneratorBits(corpus);
                        }
                        pending.add(new Planned(corpus, source.game(), spec, kind, seed));
                    }
                }
            }
        }
        int workers = Math.min(settings.workers(), Math.max(1, pending.size()));
        if (pending.size() > 1) {
            note(pending.size() + " measurement(s) to run, " + workers + " at a time");
        }
        all.addAll(measureAll(pending, workers, tokens, heldOut, log, title));
        all = together(all, log, sources, tokens);
        ResultsTable.write(all, dir);
        List<Path> charts = StudyCharts.write(all, title, dir);
        note("measured " + pending.size() + ", reused " + reused + " completed measurement(s); wrote " + dir.resolve("results.csv")
                + " and " + charts.size() + " chart(s)");
        return all;
    }

    /** This run's measurements, then the logged ones of the same corpora, tokeniser and size that it did not ask for. */
    private static List<Measured> together(List<Measured> run, MeasurementLog log, List<CorpusSource> sources, long tokens) {
        Set<String> labels = new HashSet<>();
        sources.forEach(s -> labels.add(s.label()));
        Set<MeasurementKey> seen = new HashSet<>();
        run.forEach(m -> seen.add(m.key()));
        Set<String> tokenisers = new HashSet<>();
        run.forEach(m -> tokenisers.add(m.corpus().tokeniser()));
        List<Measured> all = new ArrayList<>(run);
        for (Measured m : log.all()) {
            if (labels.contains(m.corpus().label()) && tokenisers.contains(m.corpus().tokeniser())
                    && m.result().datasetScoredTokens() == tokens && seen.add(m.key())) {
                all.add(m);
            }
        }
        return all;
    }

    /** One measurement the study has still to run. */
    private record Planned(LoadedCorpus corpus, Game game, ObserverSpec spec, EstimatorKind kind, int seed) {

        String label() {
            return String.format(Locale.ROOT, "%s %s s%d %s", corpus.info().label(), spec.name(), seed,
                    kind == EstimatorKind.PREQUENTIAL ? "preq" : "req");
        }

        /** Relative cost, to start the longest first so that none is left running alone at the end. */
        double cost() {
            return (double) spec.nonEmbeddingParameterCount() * (kind == EstimatorKind.REQUENTIAL ? 3 : 1);
        }
    }

    /**
     * Runs the planned measurements on {@code workers} threads, the costliest first; each is logged
     * and reported as it completes, so an interrupted study keeps every finished one.
     */
    private List<Measured> measureAll(List<Planned> planned, int workers, long tokens, double heldOut, MeasurementLog log,
            String title) throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -planned.get(i).cost()));
        Object lock = new Object();
        try (StudyProgress progress = new StudyProgress(title, planned.size(), settings.quiet());
                MeasurementPool pool = new MeasurementPool(workers)) {
            List<Function<Runnable, Measured>> tasks = new ArrayList<>();
            for (int slot = 0; slot < order.size(); slot++) {
                int index = slot;
                Planned p = planned.get(order.get(slot));
                tasks.add(betweenSteps -> {
                    ProgressListener bar = progress.listener(index, p.label());
                    Measured m = measure(p, tokens, heldOut, step -> {
                        betweenSteps.run();
                        bar.onProgress(step);
                    });
                    progress.finished(index);
                    synchronized (lock) {
                        try {
                            log.append(m);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        noteResult(p, m);
                    }
                    return m;
                });
            }
            List<Measured> inRunOrder = pool.runAll(tasks);
            Measured[] inPlanOrder = new Measured[planned.size()];
            for (int slot = 0; slot < order.size(); slot++) {
                inPlanOrder[order.get(slot)] = inRunOrder.get(slot);
            }
            return List.of(inPlanOrder);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while measuring", e);
        }
    }

    private void noteResult(Planned p, Measured m) {
        EstimateResult r = m.result();
        note(String.format(Locale.ROOT, "%s %s seed %d %s: S %.0f bits%s, H %.0f bits (%.2f / %.2f per game%s), %.0f s",
                p.corpus().info().label(), p.spec().name(), p.seed(), p.kind().name().toLowerCase(Locale.ROOT), r.structureBits(),
                r.structureBits() < 0 ? " (negative: below the estimator's noise floor, read as 0)" : "",
                r.entropyBits(), r.structureBitsPerSequence(), r.entropyBitsPerSequence(),
                Double.isNaN(r.generatorGap()) ? "" : String.format(Locale.ROOT,
                        "; held-out %.2f bits per game against the exact %.2f, %+.1f%%", r.heldOutBitsPerSequence(),
                        r.generatorBitsPerSequence(), 100 * r.generatorGap()),
                m.seconds()));
    }

    private Measured measure(Planned p, long tokens, double heldOut, ProgressListener listener) {
        CorpusSplit split = EqualTokenSplit.split(p.corpus().corpus(), tokens, heldOut, p.seed());
        // Game records are sampled as their tokeniser writes them; token datasets copy real sequences.
        SampleGrammar grammar = p.game() == null ? new TemplateGrammar(split.train())
                : GameTokeniser.of(settings.tokeniser(), p.game()).sampleGrammar();
        EstimatorConfig config = EstimatorConfig.defaultsFor(p.spec(), tokens).withKind(p.kind());
        long start = System.nanoTime();
        EstimateResult result = EpiplexityEstimator.measure(split, p.spec(), config, p.seed(), listener, grammar);
        return new Measured(p.corpus().info(), result, (System.nanoTime() - start) / 1e9);
    }

    /** Scored tokens a generated corpus needs so that every seed's split succeeds. */
    private long requiredTokens(CorpusSource source, long tokens, double heldOut) {
        return EqualTokenSplit.requiredTokens(tokens, heldOut, source.maxSequenceLength(settings.tokeniser()));
    }

    /**
     * The observer context: as given, else one that holds the source's longest sequence whole
     * ({@link PackedWindows#wholeSequenceContext}; a loaded file's own longest sequence).
     */
    int contextFor(CorpusSource source, LoadedCorpus loaded) {
        if (settings.contextLength() > 0) {
            return settings.contextLength();
        }
        int longest = loaded != null ? PackedWindows.longestSequence(loaded.corpus()) : source.maxSequenceLength(settings.tokeniser());
        return PackedWindows.wholeSequenceContext(longest);
    }

    /** The reference an observer's code length per game is read against, when the records give it. */
    private void noteGeneratorBits(LoadedCorpus corpus) {
        corpus.generatorBits().ifPresent(g -> note(String.format(Locale.ROOT,
                "%s: generator code length %.2f +- %.2f bits per game (%d of %d games keep their move probabilities)",
                corpus.info().label(), g.meanBits(), g.standardError(), g.games(), g.ofGames())));
    }

    private void note(String message) {
        out.println(message);
        out.flush();
    }
}
