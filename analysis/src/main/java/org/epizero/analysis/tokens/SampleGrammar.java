package org.epizero.analysis.tokens;

import java.util.SplittableRandom;

/**
 * The shape of a corpus's sequences as a model writes synthetic ones: position by position, whether
 * the next token is given (and which), sampled from the model (from the whole vocabulary or from a
 * set of allowed tokens), or whether the sequence ends there. Given tokens are what a receiver can
 * rebuild itself (a board from the moves so far, the source of a copy); sampled tokens are what a
 * requential code transmits, and they are the scored tokens of the synthetic sequence. The first
 * token of every sequence is given: {@link PackedWindows} never scores it.
 *
 * <p>A grammar is coherent when every given token follows from the sampled ones before it, or
 * from nothing the model predicts, so a synthetic sequence is one the corpus could hold.
 */
public interface SampleGrammar {

    /** Starts one synthetic sequence; {@code random} serves any choice the grammar makes itself. */
    Draft begin(SplittableRandom random);

    /** One synthetic sequence being written. */
    interface Draft {

        /** What comes at the next position, given the tokens accepted so far. */
        NextToken next();

        /**
         * Appends the token placed at the position {@link #next} described: the given token, or
         * the one sampled (from the allowed set, when there is one).
         */
        void accept(int token);

        /**
         * The feature ids of the position last accepted, {@link InputFeatures#perPosition} of them,
         * as the corpus's sequences carry them there; empty for a grammar of tokens alone.
         */
        default int[] features() {
            return NO_FEATURES;
        }
    }

    /** What {@link Draft#features} returns for tokens alone. */
    int[] NO_FEATURES = new int[0];
}
