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
        return temperature == 0 ? argmax(counts, max, rng) : sample(counts, max, 1 / temperature, rng);
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
        // Weights relative to the largest count, so a small temperature cannot overflow.
        double[] weights = new double[counts.length];
        double total = 0;
        for (int i = 0; i < counts.length; i++) {
            weights[i] = counts[i] == 0 ? 0 : Math.pow((double) counts[i] / max, exponent);
            total += weights[i];
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
}
