package org.epizero.analysis.games;

import java.util.SplittableRandom;
import org.epizero.analysis.tokens.NextToken;
import org.epizero.analysis.tokens.SampleGrammar;

/**
 * Synthetic move sequences ({@link MoveTokeniser}): BOS given, then every token sampled, until EOS
 * is sampled or the sequence is as long as the longest record the tokeniser writes. Nothing is
 * given after BOS, so nothing can contradict what the model wrote: the rules, like everything
 * else, are what the model has learnt.
 */
public final class MoveGrammar implements SampleGrammar {

    private final int maxLength;

    /** @param maxLength the most tokens of a synthetic sequence, BOS and EOS included */
    public MoveGrammar(int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("a move sequence needs room for BOS and one more token, got " + maxLength);
        }
        this.maxLength = maxLength;
    }

    @Override
    public Draft begin(SplittableRandom random) {
        return new Draft() {
            private int length;
            private int last = -1;

            @Override
            public NextToken next() {
                if (length == 0) {
                    return NextToken.given(MoveTokeniser.BOS);
                }
                return last == MoveTokeniser.EOS || length == maxLength ? NextToken.END : NextToken.SAMPLED;
            }

            @Override
            public void accept(int token) {
                length++;
                last = token;
            }
        };
    }
}
