package org.epizero.selfplay.epiplexity;

import java.util.Locale;
import java.util.function.Consumer;
import org.epizero.analysis.calibration.CalibrationCorpus;
import org.epizero.analysis.study.CorpusInfo;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.engine.game.Game;

/**
 * A calibration corpus ({@link CalibrationCorpus}) whose exact entropy is known: named
 * {@code synthetic:NAME} on the command line, generated to order with the corpus seed.
 */
public final class SyntheticSource implements CorpusSource {

    /** The prefix that names a calibration corpus on the command line. */
    public static final String PREFIX = "synthetic:";

    private final CalibrationCorpus corpus;
    private final long seed;

    public SyntheticSource(CalibrationCorpus corpus, long seed) {
        this.corpus = corpus;
        this.seed = seed;
    }

    /** The source an argument {@code synthetic:NAME} names. */
    static SyntheticSource parse(String argument, long seed) {
        return new SyntheticSource(CalibrationCorpus.named(argument.substring(PREFIX.length()).toLowerCase(Locale.ROOT)), seed);
    }

    @Override
    public String label() {
        return PREFIX + corpus.cliName();
    }

    @Override
    public Game game() {
        return null;
    }

    @Override
    public int maxSequenceLength(String tokeniser) {
        return corpus.generator().sequenceLength();
    }

    @Override
    public LoadedCorpus load(String tokeniser, long scoredTokens, Consumer<String> notes) {
        TokenCorpus tokens = corpus.corpus(scoredTokens, seed);
        notes.accept(label() + ": " + tokens.size() + " sequences, " + tokens.scoredTargets() + " scored tokens; "
                + corpus.generator().description());
        return new LoadedCorpus(new CorpusInfo(label(), null, -1, corpus.cliName() + "(seed=" + seed + ")", "tokens", 0), tokens);
    }
}
