package org.epizero.analysis.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;

/** Token corpora whose entropy is known exactly, for checking the estimators against truth. */
final class SyntheticCorpora {

    private SyntheticCorpora() {}

    /** Independent uniform tokens over {@code vocab} symbols: entropy log2(vocab) bits per token. */
    static TokenCorpus uniform(int vocab, int sequences, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TokenSequence> list = new ArrayList<>();
        for (int s = 0; s < sequences; s++) {
            int[] tokens = new int[length];
            for (int i = 0; i < length; i++) {
                tokens[i] = random.nextInt(vocab);
            }
            list.add(TokenSequence.allScored(tokens));
        }
        return new TokenCorpus(list, vocab);
    }

    /** The cycle 0, 1, ..., period-1 repeated, sequences of a multiple of the period, so the stream is one cycle: entropy 0. */
    static TokenCorpus periodic(int vocab, int period, int sequences, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TokenSequence> list = new ArrayList<>();
        for (int s = 0; s < sequences; s++) {
            int phase = 0;
            int[] tokens = new int[length];
            for (int i = 0; i < length; i++) {
                tokens[i] = (phase + i) % period;
            }
            list.add(TokenSequence.allScored(tokens));
        }
        return new TokenCorpus(list, vocab);
    }

    /**
     * Pairs (r, r) of a uniform random token r: the first of each pair is given (unscored), the
     * second, its copy, is scored. Entropy 0 over the scored tokens, log2(vocab) over the given ones.
     */
    static TokenCorpus givenThenCopied(int vocab, int sequences, int pairs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TokenSequence> list = new ArrayList<>();
        for (int s = 0; s < sequences; s++) {
            int[] tokens = new int[2 * pairs];
            boolean[] scored = new boolean[2 * pairs];
            for (int i = 0; i < pairs; i++) {
                tokens[2 * i] = random.nextInt(vocab);
                tokens[2 * i + 1] = tokens[2 * i];
                scored[2 * i + 1] = true;
            }
            list.add(new TokenSequence(tokens, scored));
        }
        return new TokenCorpus(list, vocab);
    }

    /** A first-order Markov chain over {@code states} of a vocabulary of {@code vocab} tokens. */
    record MarkovChain(double[][] transitions, int vocab) {

        /**
         * Each row puts random weights (exponential, i.e. a flat Dirichlet) on {@code successors}
         * distinct random states and zero elsewhere.
         */
        static MarkovChain random(int states, int successors, int vocab, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double[][] p = new double[states][states];
            for (int i = 0; i < states; i++) {
                int placed = 0;
                while (placed < successors) {
                    int j = random.nextInt(states);
                    if (p[i][j] == 0) {
                        p[i][j] = -Math.log(1 - random.nextDouble()) + 1e-9;
                        placed++;
                    }
                }
                double sum = 0;
                for (double v : p[i]) {
                    sum += v;
                }
                for (int j = 0; j < states; j++) {
                    p[i][j] /= sum;
                }
            }
            return new MarkovChain(p, vocab);
        }

        int states() {
            return transitions.length;
        }

        /** The stationary distribution, by power iteration from uniform. */
        double[] stationary() {
            int n = states();
            double[] pi = new double[n];
            java.util.Arrays.fill(pi, 1.0 / n);
            for (int iter = 0; iter < 10_000; iter++) {
                double[] next = new double[n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        next[j] += pi[i] * transitions[i][j];
                    }
                }
                // Averaging with the previous vector converges for periodic chains too.
                double change = 0;
                for (int j = 0; j < n; j++) {
                    next[j] = 0.5 * (next[j] + pi[j]);
                    change += Math.abs(next[j] - pi[j]);
                }
                pi = next;
                if (change < 1e-15) {
                    break;
                }
            }
            return pi;
        }

        /** Entropy rate in bits per transition: sum_i pi_i H(P_i). */
        double entropyRateBits() {
            double[] pi = stationary();
            double h = 0;
            for (int i = 0; i < states(); i++) {
                for (double p : transitions[i]) {
                    if (p > 0) {
                        h -= pi[i] * p * Math.log(p) / Math.log(2);
                    }
                }
            }
            return h;
        }

        /**
         * Sequences started from the stationary distribution; the first token of each is given,
         * not scored, so every scored token is one transition.
         */
        TokenCorpus corpus(int sequences, int length, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] pi = stationary();
            List<TokenSequence> list = new ArrayList<>();
            for (int s = 0; s < sequences; s++) {
                int[] tokens = new int[length];
                boolean[] scored = new boolean[length];
                tokens[0] = draw(pi, random);
                for (int i = 1; i < length; i++) {
                    tokens[i] = draw(transitions[tokens[i - 1]], random);
                    scored[i] = true;
                }
                list.add(new TokenSequence(tokens, scored));
            }
            return new TokenCorpus(list, vocab);
        }

        private static int draw(double[] p, SplittableRandom random) {
            double u = random.nextDouble();
            for (int j = 0; j < p.length - 1; j++) {
                u -= p[j];
                if (u < 0) {
                    return j;
                }
            }
            return p.length - 1;
        }
    }
}
