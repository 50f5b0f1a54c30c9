package org.epizero.selfplay.epiplexity;

import java.io.Serializable;
import java.util.Optional;
import org.epizero.analysis.study.CorpusInfo;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;

/**
 * A corpus ready to measure; serialisable, so that a cluster ships it to its tasks.
 *
 * @param info where it came from
 * @param corpus its tokens
 */
public record LoadedCorpus(CorpusInfo info, TokenCorpus corpus) implements Serializable {

    /**
     * The generator's exact code length per game, averaged over the sequences that carry one.
     *
     * @param games sequences that carry their generator's code length
     * @param ofGames sequences in the corpus
     * @param meanBits their mean code length in bits per game: an estimate of the generator's
     *     entropy per game
     * @param standardError the standard error of {@code meanBits} (NaN for a single game)
     */
    public record GeneratorBits(long games, long ofGames, double meanBits, double standardError) {
    }

    /** The generator's mean code length per game, or empty when no sequence carries one. */
    public Optional<GeneratorBits> generatorBits() {
        long n = 0;
        double mean = 0;
        double squares = 0;
        for (TokenSequence s : corpus.sequences()) {
            if (s.hasGeneratorBits()) {
                n++;
                double delta = s.generatorBits() - mean;
                mean += delta / n;
                squares += delta * (s.generatorBits() - mean);
            }
        }
        return n == 0 ? Optional.empty()
                : Optional.of(new GeneratorBits(n, corpus.size(), mean, Math.sqrt(squares / (n - 1) / n)));
    }
}
