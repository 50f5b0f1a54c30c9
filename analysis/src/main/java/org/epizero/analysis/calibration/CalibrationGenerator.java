package org.epizero.analysis.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;

/**
 * A random process over token sequences whose code length is known exactly: the reference an
 * observer's measured entropy is calibrated against. Every sequence it draws carries its exact
 * {@link TokenSequence#generatorBits()} ({@code -log2 P} of its scored tokens given its unscored
 * ones), and its expected value per sequence is computed analytically, never by sampling.
 *
 * <p>Sequences look like game records: token 0 is a BOS that opens every sequence and is never
 * scored; the other ids are laid out by each generator. Every sequence of one generator has the
 * same length and the same number of scored tokens, so a corpus of a given number of scored tokens
 * is a fixed number of sequences.
 */
public interface CalibrationGenerator {

    /** The id of the token that opens every sequence, never scored. */
    int BOS = 0;

    /** The number of token ids the sequences use: {@code 0 .. vocabSize()-1}, BOS included. */
    int vocabSize();

    /** Tokens in every sequence, BOS included. */
    int sequenceLength();

    /** Scored tokens in every sequence. */
    int scoredPerSequence();

    /**
     * The exact expectation of {@link TokenSequence#generatorBits()} over the sequences this
     * generator draws: the conditional entropy, in bits, of a sequence's scored tokens given its
     * unscored ones.
     */
    double expectedBitsPerSequence();

    /** {@link #expectedBitsPerSequence()} per scored token. */
    default double bitsPerScoredToken() {
        return expectedBitsPerSequence() / scoredPerSequence();
    }

    /** One line naming the process, its parameters and its exact bits per scored token, for reports. */
    String description();

    /** Draws one sequence, which carries its exact generator bits. */
    TokenSequence sample(SplittableRandom random);

    /**
     * {@code sequences} independent draws from one generator seeded with {@code seed}: the same seed
     * gives the same corpus.
     */
    default TokenCorpus corpus(int sequences, long seed) {
        if (sequences < 0) {
            throw new IllegalArgumentException("sequence count must not be negative, got " + sequences);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<TokenSequence> list = new ArrayList<>(sequences);
        for (int i = 0; i < sequences; i++) {
            list.add(sample(random));
        }
        return new TokenCorpus(list, vocabSize());
    }

    /**
     * The fewest whole sequences holding at least {@code scoredTokens} scored tokens, drawn as by
     * {@link #corpus(int, long)}: the first sequences of the corpus that seed gives for a larger count.
     */
    default TokenCorpus corpusWithScoredTokens(long scoredTokens, long seed) {
        if (scoredTokens < 0) {
            throw new IllegalArgumentException("scored token count must not be negative, got " + scoredTokens);
        }
        long sequences = (scoredTokens + scoredPerSequence() - 1) / scoredPerSequence();
        if (sequences > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(scoredTokens + " scored tokens need too many sequences: " + sequences);
        }
        return corpus((int) sequences, seed);
    }
}
