package org.epizero.selfplay.epiplexity;

import java.io.Serializable;
import java.util.Locale;
import org.epizero.analysis.estimate.EpiplexityEstimator;
import org.epizero.analysis.estimate.EstimateResult;
import org.epizero.analysis.estimate.EstimatorConfig;
import org.epizero.analysis.estimate.EstimatorKind;
import org.epizero.analysis.estimate.ProgressListener;
import org.epizero.analysis.games.GameTokeniser;
import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.study.CorpusInfo;
import org.epizero.analysis.study.Measured;
import org.epizero.analysis.study.StudyCharts;
import org.epizero.analysis.tokens.CorpusSplit;
import org.epizero.analysis.tokens.EqualTokenSplit;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.analysis.tokens.TemplateGrammar;
import org.epizero.engine.game.GameRegistry;

/**
 * One measurement of a study, everything but its corpus: small and serialisable, so that it runs
 * the same on a worker thread here and in a cluster's task. The game, when the corpus has one, is
 * rebuilt from the corpus's game spec.
 *
 * @param observer the observer's name ({@link ObserverSpec#named})
 * @param context the observer's context length
 * @param kind the estimator
 * @param seed seed of the split, the order and the initialisation
 * @param tokens scored tokens of X
 * @param heldOutFraction share of the corpus held out
 */
public record Measurement(String observer, int context, EstimatorKind kind, int seed, long tokens, double heldOutFraction)
        implements Serializable {

    /** The observer measured. */
    public ObserverSpec spec() {
        return ObserverSpec.named(observer, context);
    }

    /** Measures {@code corpus}, reporting each training step to {@code listener}. */
    public Measured run(LoadedCorpus corpus, ProgressListener listener) {
        CorpusSplit split = EqualTokenSplit.split(corpus.corpus(), tokens, heldOutFraction, seed);
        CorpusInfo info = corpus.info();
        // Game records are sampled as their tokeniser writes them; token datasets copy real sequences.
        SampleGrammar grammar = info.game() == null ? new TemplateGrammar(split.train())
                : GameTokeniser.of(info.tokeniser(), GameRegistry.load().create(info.game())).sampleGrammar();
        EstimatorConfig config = EstimatorConfig.defaultsFor(spec(), tokens).withKind(kind);
        long start = System.nanoTime();
        EstimateResult result = EpiplexityEstimator.measure(split, spec(), config, seed, listener, grammar);
        return new Measured(info, result, (System.nanoTime() - start) / 1e9);
    }

    /** A short name of this measurement of {@code corpus}, for progress bars and job lists. */
    public String label(CorpusInfo corpus) {
        return String.format(Locale.ROOT, "%s %s s%d %s %s", corpus.label(), observer, seed,
                kind == EstimatorKind.PREQUENTIAL ? "preq" : "req", StudyCharts.budgetName(tokens));
    }

    /** Relative cost, to start the longest first so that none is left running alone at the end. */
    public double cost() {
        return (double) spec().nonEmbeddingParameterCount() * tokens * (kind == EstimatorKind.REQUENTIAL ? 3 : 1);
    }
}
