package org.epizero.analysis.tokens;

/**
 * What a {@link SampleGrammar} puts at the next position of a synthetic sequence.
 *
 * @param kind given, sampled, or the end of the sequence
 * @param token the given token; -1 otherwise
 * @param allowed for a sampled token, the tokens it may be (the model's distribution renormalised
 *     over them), in increasing order; null when any token of the vocabulary may be sampled
 */
public record NextToken(Kind kind, int token, int[] allowed) {

    /** The three things a position can hold. */
    public enum Kind {
        /** A token the grammar knows: context, never scored. */
        GIVEN,
        /** A token the model samples: scored. */
        SAMPLED,
        /** The sequence is complete. */
        END
    }

    /** The sequence ends. */
    public static final NextToken END = new NextToken(Kind.END, -1, null);

    /** A token sampled from the model's whole distribution. */
    public static final NextToken SAMPLED = new NextToken(Kind.SAMPLED, -1, null);

    public NextToken {
        if ((kind == Kind.GIVEN) != (token >= 0)) {
            throw new IllegalArgumentException("exactly the given tokens carry a token id: " + kind + " " + token);
        }
        if (allowed != null && (kind != Kind.SAMPLED || allowed.length == 0)) {
            throw new IllegalArgumentException("only a sampled token has an allowed set, and it is not empty");
        }
    }

    /** The given token {@code token}. */
    public static NextToken given(int token) {
        return new NextToken(Kind.GIVEN, token, null);
    }

    /** A token sampled from the model's distribution restricted to {@code allowed} (increasing ids). */
    public static NextToken sampledFrom(int[] allowed) {
        return new NextToken(Kind.SAMPLED, -1, allowed);
    }
}
