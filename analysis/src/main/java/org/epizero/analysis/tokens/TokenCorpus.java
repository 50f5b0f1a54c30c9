package org.epizero.analysis.tokens;

import java.io.Serializable;
import java.util.List;

/**
 * A dataset of token sequences over a vocabulary of {@code vocabSize} ids ({@code 0..vocabSize-1}).
 *
 * @param sequences the records, in order
 * @param vocabSize the number of distinct token ids the observer predicts over
 * @param features the feature ids every position carries beside its token (the same number in
 *     every sequence), {@link InputFeatures#NONE} for a corpus of tokens alone
 */
public record TokenCorpus(List<TokenSequence> sequences, int vocabSize, InputFeatures features) implements Serializable {

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
            if (s.featuresPerPosition() != features.perPosition()) {
                throw new IllegalArgumentException("a sequence carries " + s.featuresPerPosition()
                        + " features per position where the corpus has " + features.perPosition());
            }
            if (s.maxFeature() >= features.vocabSize()) {
                throw new IllegalArgumentException(
                        "feature " + s.maxFeature() + " outside feature vocabulary of size " + features.vocabSize());
            }
        }
    }

    /** A corpus of tokens alone. */
    public TokenCorpus(List<TokenSequence> sequences, int vocabSize) {
        this(sequences, vocabSize, InputFeatures.NONE);
    }

    /** Other sequences with this corpus's vocabulary and features. */
    public TokenCorpus withSequences(List<TokenSequence> others) {
        return new TokenCorpus(others, vocabSize, features);
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
