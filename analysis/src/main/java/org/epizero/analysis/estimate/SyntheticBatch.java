package org.epizero.analysis.estimate;

import java.util.List;
import org.epizero.analysis.tokens.TokenBatch;
import org.epizero.analysis.tokens.TokenSequence;

/**
 * A batch the sampler wrote: whole synthetic sequences laid out as real data is, with the
 * sampler's distribution at every scored position (its sampled tokens), which is what the
 * student's code length is measured against.
 *
 * @param batch the synthetic sequences packed into rows
 * @param samplerLogProbs {@code [B,T,V]} the sampler's log-probabilities, filled at scored
 *     positions: over the whole vocabulary, or renormalised over the allowed tokens (minus infinity
 *     elsewhere) where the grammar restricts them
 * @param sequences the synthetic sequences, in the order packed
 * @param decodedPositions positions the sampler ran its network on, padding rows included: the
 *     sampling compute is {@code 2 N} per position
 */
record SyntheticBatch(TokenBatch batch, float[] samplerLogProbs, List<TokenSequence> sequences, long decodedPositions) {

    SyntheticBatch {
        sequences = List.copyOf(sequences);
    }

    /**
     * {@code KL(sampler || student)} summed over the scored positions, in nats, from the student's
     * log-probabilities {@code [B,T,V]} on this batch. Where the grammar restricted the sampler to
     * allowed tokens, the student is renormalised over the same tokens: the receiver knows what is
     * allowed (the rules, given the board) and decodes with the student restricted alike. Coding
     * with the unrestricted student would charge, at every step, for the student's mass on tokens
     * the sampler can never write, a cost that stays above any threshold until the student has
     * learnt the rules. A position's divergence is at least zero; float rounding can make the sum
     * for two nearly equal distributions slightly negative, and that is clipped.
     */
    double klNats(float[] studentLogProbs) {
        int vocab = samplerLogProbs.length / batch.mask().length;
        double kl = 0;
        for (int k = 0; k < batch.mask().length; k++) {
            if (batch.mask()[k] == 0f) {
                continue;
            }
            int base = k * vocab;
            double studentMass = 0;
            double position = 0;
            for (int v = 0; v < vocab; v++) {
                float lp = samplerLogProbs[base + v];
                if (lp != Float.NEGATIVE_INFINITY) {
                    studentMass += Math.exp(studentLogProbs[base + v]);
                    position += Math.exp(lp) * (lp - studentLogProbs[base + v]);
                }
            }
            // The sampler's probabilities sum to one over the allowed tokens, so renormalising the
            // student there adds the log of its mass on them.
            kl += Math.max(0, position + Math.log(studentMass));
        }
        return kl;
    }
}
