package org.epizero.analysis.tokens;

import java.io.Serializable;
import java.util.List;

/**
 * A dataset of token sequences over a vocabulary of {@code vocabSize} ids ({@code 0..vocabSize-1}).
 *
 * @param sequences the records, in order
 * @param vocabSize the number of distinct token ids the observer predicts over
 */
public record TokenCorpus(List<TokenSequence> sequences, int vocabSize) implements Serializable {

    public TokenCorpus {
        sequences = List.copyOf(sequences);
        if (vocabSize < 2) {
            throw new IllegalArgumentException("vocabulary needs at least 2 tokens, got " + vocabSize);
        }
        for (TokenSequence s : sequences) {
            if (s.maxToken() >= vocabSize) {
                throw new IllegalArgumentException(
                        "token " + s.maxToken() + " outside vocabulary of size " + vocabSize);
            }
        }
    }

    /** A corpus whose vocabulary is the largest token id plus one (at least 2). */
    public static TokenCorpus inferVocabulary(List<TokenSequence> sequences) {
        int max = 1;
        for (TokenSequence s : sequences) {
            max = Math.max(max, s.maxToken());
        }
        return new TokenCorpus(sequences, max + 1);
    }

    public int size() {
        return sequences.size();
    }

    /** All tokens, scored or not. */
    public long totalTokens() {
        long n = 0;
        for (TokenSequence s : sequences) {
            n += s.length();
        }
        return n;
    }

    /** Tokens that carry a loss: the scored tokens after the first of each sequence. */
    public long scoredTargets() {
        long n = 0;
        for (TokenSequence s : sequences) {
            n += s.scoredTargets();
        }
        return n;
    }
}
