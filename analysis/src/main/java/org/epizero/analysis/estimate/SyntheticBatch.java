package org.epizero.analysis.estimate;

import java.util.SplittableRandom;
import org.epizero.analysis.observer.Observer;
import org.epizero.analysis.tokens.TokenBatch;

/**
 * A batch the sampler wrote: the real batch's windows with every scored target replaced by a token
 * sampled from the sampler given the (synthetic) tokens before it; unscored context and padding
 * stay as they were. Keeps the sampler's full distribution at each scored position, which is what
 * the student's code length is measured against.
 *
 * @param batch the synthetic windows, with the real batch's mask
 * @param samplerLogProbs {@code [B,T,V]} log-probabilities of the sampler, filled at scored positions
 */
record SyntheticBatch(TokenBatch batch, float[] samplerLogProbs) {

    static SyntheticBatch sample(Observer sampler, TokenBatch real, SplittableRandom random) {
        int rows = real.batchSize();
        int length = real.length();
        int vocab = sampler.vocabSize();
        // Row r holds tokens 0..length: the first input, then the targets.
        long[][] sequence = new long[rows][length + 1];
        for (int r = 0; r < rows; r++) {
            sequence[r][0] = real.inputs()[r * length];
            for (int t = 0; t < length; t++) {
                sequence[r][t + 1] = real.targets()[r * length + t];
            }
        }
        float[] logProbs = new float[rows * length * vocab];
        double[] probabilities = new double[vocab];
        for (int t = 0; t < length; t++) {
            if (!anyScoredAt(real, t)) {
                continue;
            }
            long[] prefixes = new long[rows * (t + 1)];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(sequence[r], 0, prefixes, r * (t + 1), t + 1);
            }
            float[] next = sampler.nextTokenLogProbs(prefixes, rows, t + 1);
            for (int r = 0; r < rows; r++) {
                int k = r * length + t;
                if (real.mask()[k] == 0f) {
                    continue;
                }
                System.arraycopy(next, r * vocab, logProbs, k * vocab, vocab);
                sequence[r][t + 1] = draw(next, r * vocab, vocab, probabilities, random);
            }
        }
        long[] inputs = new long[rows * length];
        long[] targets = new long[rows * length];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(sequence[r], 0, inputs, r * length, length);
            System.arraycopy(sequence[r], 1, targets, r * length, length);
        }
        TokenBatch batch = new TokenBatch(inputs, targets, real.positions(), real.segments(), real.mask().clone(), rows, length,
                real.realTargets(), real.scoredTargets());
        return new SyntheticBatch(batch, logProbs);
    }

    /**
     * Full-vocabulary {@code KL(sampler || student)} summed over the scored positions, in nats, from
     * the student's log-probabilities {@code [B,T,V]} on this batch.
     */
    double klNats(float[] studentLogProbs) {
        int vocab = samplerLogProbs.length / batch.mask().length;
        double kl = 0;
        for (int k = 0; k < batch.mask().length; k++) {
            if (batch.mask()[k] == 0f) {
                continue;
            }
            int base = k * vocab;
            for (int v = 0; v < vocab; v++) {
                double lp = samplerLogProbs[base + v];
                kl += Math.exp(lp) * (lp - studentLogProbs[base + v]);
            }
        }
        return kl;
    }

    private static boolean anyScoredAt(TokenBatch batch, int t) {
        for (int r = 0; r < batch.batchSize(); r++) {
            if (batch.mask()[r * batch.length() + t] != 0f) {
                return true;
            }
        }
        return false;
    }

    private static int draw(float[] logProbs, int offset, int vocab, double[] scratch, SplittableRandom random) {
        double total = 0;
        for (int v = 0; v < vocab; v++) {
            scratch[v] = Math.exp(logProbs[offset + v]);
            total += scratch[v];
        }
        double u = random.nextDouble() * total;
        for (int v = 0; v < vocab - 1; v++) {
            u -= scratch[v];
            if (u < 0) {
                return v;
            }
        }
        return vocab - 1;
    }
}
