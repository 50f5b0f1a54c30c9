package org.epizero.engine.search;

import org.apache.commons.rng.UniformRandomProvider;

/** Chooses a move from root visit counts under a temperature. */
public final class MoveChooser {

    private MoveChooser() {
    }

    /**
     * Picks an index of {@code counts}: at temperature 0 the largest count (ties broken uniformly
     * at random), otherwise index {@code i} with probability proportional to
     * {@code counts[i]^(1/temperature)}. Indices with count 0 are never chosen.
     *
     * @throws IllegalArgumentException if every count is 0 or the temperature is negative
     */
    public static int choose(int[] counts, double temperature, UniformRandomProvider rng) {
        int max = largestCount(counts, temperature);
        return temperature == 0 ? argmax(counts, max, rng) : sample(counts, max, 1 / temperature, rng);
    }

    /**
     * The probability with which {@link #choose} returns {@code index} for these counts and this
     * temperature: at temperature 0, one over the number of indices sharing the largest count for
     * each of them (ties are broken at random, so a greedy move is certain only when it is the
     * unique most visited one); otherwise {@code counts[index]^(1/temperature)} divided by the sum
     * of those powers over all indices.
     *
     * @throws IllegalArgumentException if every count is 0, the temperature is negative, or
     *     {@code index} is outside {@code counts}
     */
    public static double probability(int[] counts, double temperature, int index) {
        int max = largestCount(counts, temperature);
        if (index < 0 || index >= counts.length) {
            throw new IllegalArgumentException("index " + index + " outside the " + counts.length + " counts");
        }
        if (temperature == 0) {
            if (counts[index] != max) {
                return 0;
            }
            int ties = 0;
            for (int c : counts) {
                ties += c == max ? 1 : 0;
            }
            return 1.0 / ties;
        }
        double[] weights = weights(counts, max, 1 / temperature);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return weights[index] / total;
    }

    private static int largestCount(int[] counts, double temperature) {
        if (!(temperature >= 0)) {
            throw new IllegalArgumentException("temperature must be non-negative, got " + temperature);
        }
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        if (max == 0) {
            throw new IllegalArgumentException("no action has a visit");
        }
        return max;
    }

    private static int argmax(int[] counts, int max, UniformRandomProvider rng) {
        int chosen = -1;
        int ties = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == max && rng.nextInt(++ties) == 0) {
                chosen = i;
            }
        }
        return chosen;
    }

    private static int sample(int[] counts, int max, double exponent, UniformRandomProvider rng) {
        double[] weights = weights(counts, max, exponent);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = rng.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < counts.length; i++) {
            if (weights[i] > 0) {
                last = i;
                r -= weights[i];
                if (r < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    /** Weights relative to the largest count, so a small temperature cannot overflow. */
    private static double[] weights(int[] counts, int max, double exponent) {
        double[] weights = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            weights[i] = counts[i] == 0 ? 0 : Math.pow((double) counts[i] / max, exponent);
        }
        return weights;
    }
}
