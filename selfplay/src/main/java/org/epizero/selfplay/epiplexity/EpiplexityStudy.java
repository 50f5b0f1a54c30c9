package org.epizero.selfplay.epiplexity;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import org.epizero.analysis.tokens.EqualTokenSplit;
import org.epizero.analysis.tokens.PackedWindows;
import org.epizero.selfplay.run.WorkingCopy;

/**
 * Measures corpora side by side: every corpus x observer x seed x budget x estimator, each X of a
 * budget holding the same number of scored tokens ({@link EqualTokenSplit}). Generated corpora are
 * made large enough for the largest budget; budgets above what a fixed-size corpus (a file) holds
 * are dropped for all. The measurements run on a {@link MeasurementPool} or a
 * {@link MeasurementCluster}. Every completed measurement is appended to
 * {@code OUT/measurements.jsonl} as it arrives and skipped when the study is run again;
 * {@code OUT/results.json}, {@code OUT/results.csv} and {@code OUT/best-observer.csv} are
 * rewritten after each one and the charts at the end, from every measurement the log holds, so a
 * later run with another budget, estimator, observer or control adds to the results instead of
 * replacing them.
 */
public final class EpiplexityStudy {

    private final StudySettings settings;
    private final PrintWriter out;
    private final WorkingCopy published;

    /** A study writing into {@code settings.out()}, a local directory. */
    public EpiplexityStudy(StudySettings settings, PrintWriter out) {
        this(settings, out, null);
    }

    /**
     * A study writing into {@code settings.out()}, the local side of {@code published}, which is
     * published after every measurement and at the end.
     */
    public EpiplexityStudy(StudySettings settings, PrintWriter out, WorkingCopy published) {
        this.settings = settings;
        this.out = out;
        this.published = published;
    }

    /**
     * Runs the study and returns its measurements (old and new).
     *
     * @param cluster where to run the measurements, or null for this process's workers
     */
    public List<Measured> run(List<CorpusSource> sources, String title, MeasurementCluster cluster) throws IOException {
        return runAll(List.of(plan(sources, title)), cluster).get(0);
    }

    /**
     * What a study of {@code sources} has still to measure, with its corpora loaded and the
     * measurements its log already holds.
     */
    public final class Plan {
        private final List<CorpusSource> sources;
        private final String title;
        private final MeasurementLog log;
        private final List<Long> budgets;
        private final List<Planned> pending = new ArrayList<>();
        private int reused;

        private Plan(List<CorpusSource> sources, String title, MeasurementLog log, List<Long> budgets) {
            this.sources = sources;
            this.title = title;
            this.log = log;
            this.budgets = budgets;
        }

        private EpiplexityStudy study() {
            return EpiplexityStudy.this;
        }
    }

    /**
     * Runs the measurements of several studies together (on the workers of the first study's
     * settings, or on {@code cluster} when it is not null), so that a study's last measurement
     * does not run alone while the next study waits; then writes each study's results and charts.
     * Returns each study's measurements.
     */
    public static List<List<Measured>> runAll(List<Plan> plans, MeasurementCluster cluster) throws IOException {
        List<Planned> pending = new ArrayList<>();
        plans.forEach(p -> pending.addAll(p.pending));
        EpiplexityStudy first = plans.get(0).study();
        String title = plans.size() == 1 ? plans.get(0).title : "epiplexity";
        if (cluster != null) {
            first.measureAll(pending, cluster, title);
        } else {
            // As many workers as the settings say however few measurements are left: their threads, and so the numbers, stay put.
            try (MeasurementPool pool = new MeasurementPool(first.settings.workers())) {
                first.measureAll(pending, pool, title);
            }
        }
        List<List<Measured>> results = new ArrayList<>();
        for (Plan plan : plans) {
            results.add(plan.study().write(plan));
        }
        return results;
    }

    private List<Measured> write(Plan plan) throws IOException {
        List<Measured> all = logged(plan);
        Path dir = settings.out();
        ResultsTable.write(all, dir);
        List<Path> charts = StudyCharts.write(all, plan.title, dir);
        publish();
        note("measured " + plan.pending.size() + ", reused " + plan.reused + " completed measurement(s); wrote "
                + dir.resolve("results.csv") + " and " + charts.size() + " chart(s)");
        return all;
    }

    /** Loads what {@code sources} need and lists the measurements still to run. */
    public Plan plan(List<CorpusSource> sources, String title) throws IOException {
        double heldOut = EstimatorConfig.DEFAULT.heldOutFraction();
        List<Long> budgets = new ArrayList<>(settings.budgets());
        List<LoadedCorpus> fixed = new ArrayList<>();
        for (CorpusSource s : sources) {
            if (s.fixedSize()) {
                LoadedCorpus c = s.load(settings.tokeniser(), budgets.get(budgets.size() - 1), this::note);
                noteGeneratorBits(c);
                fixed.add(c);
                long supported = EqualTokenSplit.largestSupported(c.corpus(), heldOut);
                if (supported < budgets.get(budgets.size() - 1)) {
                    if (supported < 1) {
                        throw new IllegalArgumentException(c.info().label() + " is too small to measure");
                    }
                    budgets.removeIf(t -> t > supported);
                    if (budgets.isEmpty()) {
                        budgets.add(supported);
                    }
                    note("measuring X of " + budgets + " scored tokens for every corpus: " + c.info().label()
                            + " supports at most " + supported);
                }
            }
        }
        Path dir = settings.out();
        MeasurementLog log = MeasurementLog.open(dir.resolve("measurements.jsonl"));
        if (log.skippedLines() > 0) {
            note("skipped " + log.skippedLines() + " unreadable line(s) of " + dir.resolve("measurements.jsonl"));
        }
        Plan plan = new Plan(List.copyOf(sources), title, log, List.copyOf(budgets));
        int fixedIndex = 0;
        for (CorpusSource source : sources) {
            LoadedCorpus corpus = source.fixedSize() ? fixed.get(fixedIndex++) : null;
            int context = contextFor(source, corpus);
            for (String observer : settings.observers()) {
                ObserverSpec spec = ObserverSpec.named(observer, context);
                for (int seed = 1; seed <= settings.seeds(); seed++) {
                    for (long tokens : budgets) {
                        for (EstimatorKind kind : settings.estimators()) {
                            String tokeniser = source.game() == null ? "tokens" : settings.tokeniser();
                            MeasurementKey key = new MeasurementKey(source.label(), tokeniser, tokens, spec.name(), context, seed, kind);
                            Measured done = log.get(key);
                            if (done != null) {
                                checkSameVocabulary(done, source, dir);
                                plan.reused++;
                                continue;
                            }
                            if (corpus == null) {
                                long largest = budgets.get(budgets.size() - 1);
                                corpus = source.load(settings.tokeniser(), requiredTokens(source, largest, heldOut), this::note);
                                noteGeneratorBits(corpus);
                            }
                            plan.pending.add(new Planned(this, plan, corpus,
                                    new Measurement(spec.name(), context, kind, seed, tokens, heldOut)));
                        }
                    }
                }
            }
        }
        return plan;
    }

    /**
     * Refuses a logged measurement of a game corpus whose vocabulary is not the one its tokeniser
     * writes now: it was made by an earlier version of the tokeniser (connect four's moves were
     * columns before they were cells), and its numbers are not comparable.
     */
    private void checkSameVocabulary(Measured done, CorpusSource source, Path dir) {
        if (source.game() == null) {
            return;
        }
        int now = GameTokeniser.of(settings.tokeniser(), source.game()).vocabSize();
        if (done.result().vocabSize() != now) {
            throw new IllegalArgumentException(dir.resolve("measurements.jsonl") + " holds measurements of " + source.label()
                    + " with a vocabulary of " + done.result().vocabSize() + " tokens, where the '" + settings.tokeniser()
                    + "' tokeniser now writes " + now + " (an earlier version of it); move the file away or choose another"
                    + " output directory");
        }
    }

    /**
     * Every measurement of the output directory's log, this study's corpora first in their order:
     * the tables describe the whole log, so studies of other budgets, estimators or controls run
     * into the same directory add to them instead of replacing them.
     */
    private List<Measured> logged(Plan plan) {
        List<String> labels = plan.sources.stream().map(CorpusSource::label).toList();
        List<Measured> all = new ArrayList<>(plan.log.all());
        List<String> observers = settings.observers();
        all.sort(Comparator.comparingInt((Measured m) -> labels.contains(m.corpus().label())
                        ? labels.indexOf(m.corpus().label()) : labels.size())
                .thenComparing(m -> m.corpus().label())
                .thenComparingInt(m -> observers.contains(m.result().observer().name())
                        ? observers.indexOf(m.result().observer().name()) : observers.size())
                .thenComparing(m -> m.result().observer().name())
                .thenComparingLong(m -> m.result().seed())
                .thenComparingLong(m -> m.result().datasetScoredTokens())
                .thenComparing(m -> m.result().estimator()));
        return all;
    }

    /** One measurement the study has still to run. */
    private record Planned(EpiplexityStudy study, Plan plan, LoadedCorpus corpus, Measurement measurement) {
    }

    /**
     * Runs the planned measurements on {@code runner}, smaller budgets and lower seeds first (a
     * study stopped midway, as long ones are, then holds every corpus and observer at the budgets
     * it finished rather than some corpora at every budget) and within those the costliest first
     * (so that none is left running alone at the end); each is logged, reported and added to its
     * study's tables as it completes, so an interrupted study keeps every finished one.
     */
    private void measureAll(List<Planned> planned, MeasurementRunner runner, String title) throws IOException {
        List<Planned> ordered = new ArrayList<>(planned);
        ordered.sort(Comparator.comparingLong((Planned p) -> p.measurement().tokens())
                .thenComparingInt(p -> p.measurement().seed())
                .thenComparingDouble(p -> -p.measurement().cost()));
        if (ordered.size() > 1) {
            note(ordered.size() + " measurement(s) to run, " + runner.describe());
        }
        List<MeasurementRunner.Job> jobs = ordered.stream().map(p -> new MeasurementRunner.Job(p.measurement(), p.corpus())).toList();
        try (StudyProgress progress = new StudyProgress(title, ordered.size(), settings.quiet())) {
            runner.runAll(jobs, new MeasurementRunner.Events() {
                @Override
                public ProgressListener progress(int index) {
                    Planned p = ordered.get(index);
                    return progress.listener(index, p.measurement().label(p.corpus().info()));
                }

                @Override
                public void finished(int index, Measured m) {
                    Planned p = ordered.get(index);
                    progress.finished(index);
                    synchronized (ordered) {
                        try {
                            p.plan().log.append(m);
                            // The tables stay current through a long study; charts are drawn at the end.
                            ResultsTable.write(p.study().logged(p.plan()), p.study().settings.out());
                            p.study().publish();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        p.study().noteResult(p, m);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while measuring", e);
        }
    }

    private void noteResult(Planned p, Measured m) {
        EstimateResult r = m.result();
        Measurement q = p.measurement();
        note(String.format(Locale.ROOT, "%s %s seed %d %s, D %s: S %.0f bits%s, H %.0f bits (%.2f / %.2f per game%s), %.0f s",
                p.corpus().info().label(), q.observer(), q.seed(), q.kind().name().toLowerCase(Locale.ROOT),
                StudyCharts.budgetName(q.tokens()), r.structureBits(),
                r.structureBits() < 0 ? " (negative: below the estimator's noise floor, read as 0)" : "",
                r.entropyBits(), r.structureBitsPerSequence(), r.entropyBitsPerSequence(),
                Double.isNaN(r.generatorGap()) ? "" : String.format(Locale.ROOT,
                        "; held-out %.2f bits per game against the exact %.2f, %+.1f%%", r.heldOutBitsPerSequence(),
                        r.generatorBitsPerSequence(), 100 * r.generatorGap()),
                m.seconds()));
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

    /** Sends the output directory's new files to where it lives, when it lives elsewhere. */
    private void publish() throws IOException {
        if (published != null) {
            published.publish();
        }
    }

    private void note(String message) {
        out.println(message);
        out.flush();
    }
}
