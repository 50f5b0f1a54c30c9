package org.epizero.analysis.tokens;

import java.io.Serializable;

/**
 * The side inputs every position of a corpus carries beside its token: {@code perPosition} feature
 * ids in {@code 0..vocabSize-1}, given context that is never predicted. The observer adds their
 * embeddings to the token's, so a position can show a whole board as one input (one feature per
 * cell and state) and a move costs one position instead of one per cell.
 *
 * @param vocabSize distinct feature ids; 0 when positions carry none
 * @param perPosition feature ids per position; 0 when positions carry none
 */
public record InputFeatures(int vocabSize, int perPosition) implements Serializable {

    /** Positions carry no features: the token is the whole input. */
    public static final InputFeatures NONE = new InputFeatures(0, 0);

    public InputFeatures {
        if (vocabSize < 0 || perPosition < 0 || (vocabSize == 0) != (perPosition == 0)) {
            throw new IllegalArgumentException(
                    "feature vocabulary and features per position are both positive or both 0, got "
                            + vocabSize + " and " + perPosition);
        }
    }

    /** Whether positions carry features at all. */
    public boolean present() {
        return perPosition > 0;
    }
}
