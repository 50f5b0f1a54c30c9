package org.epizero.analysis.calibration;

import java.util.SplittableRandom;

/**
 * Gamma and Dirichlet sampling for random transition tables. A Dirichlet draw is a vector of
 * independent Gamma(alpha_i, 1) draws divided by their sum; the Gamma draws are made in log space so
 * that a small concentration (alpha well below 1, whose draws are often below the smallest double)
 * still gives a vector that sums to 1.
 */
public final class Dirichlet {

    private Dirichlet() {}

    /**
     * A draw from Gamma(shape, scale 1), whose mean and variance are both {@code shape}.
     *
     * @param shape positive and finite
     */
    public static double gamma(double shape, SplittableRandom random) {
        return Math.exp(logGamma(shape, random));
    }

    /**
     * The natural logarithm of a Gamma(shape, 1) draw: Marsaglia and Tsang's squeeze method for a
     * shape of at least 1; below 1, a draw for {@code shape + 1} times {@code U^(1/shape)} with U
     * uniform on (0, 1], taken in log space because the product underflows for small shapes.
     *
     * @param shape positive and finite
     */
    public static double logGamma(double shape, SplittableRandom random) {
        if (!(shape > 0) || Double.isInfinite(shape)) {
            throw new IllegalArgumentException("Gamma shape must be positive and finite, got " + shape);
        }
        if (shape < 1) {
            double u = 1 - random.nextDouble();
            return logGammaAtLeastOne(shape + 1, random) + Math.log(u) / shape;
        }
        return logGammaAtLeastOne(shape, random);
    }

    private static double logGammaAtLeastOne(double shape, SplittableRandom random) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1 - random.nextDouble();
            double x2 = x * x;
            // The cheap squeeze accepts about 98% of draws without a logarithm.
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return Math.log(d) + Math.log(v);
            }
        }
    }

    /**
     * A draw from the symmetric Dirichlet(alpha, ..., alpha) over {@code size} outcomes: non-negative
     * and summing to 1 up to rounding. Entries far below the largest one may be exactly 0.
     *
     * @param alpha the concentration of each outcome, positive; below 1 favours a few outcomes
     * @param size the number of outcomes, at least 1
     */
    public static double[] symmetric(double alpha, int size, SplittableRandom random) {
        if (size < 1) {
            throw new IllegalArgumentException("a Dirichlet needs at least one outcome, got " + size);
        }
        double[] logs = new double[size];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            logs[i] = logGamma(alpha, random);
            max = Math.max(max, logs[i]);
        }
        // Shifting by the largest log keeps one weight at exactly 1, so the sum never underflows.
        double sum = 0;
        double[] p = new double[size];
        for (int i = 0; i < size; i++) {
            p[i] = Math.exp(logs[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < size; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
