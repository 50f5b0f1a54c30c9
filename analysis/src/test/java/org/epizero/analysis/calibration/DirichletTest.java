package org.epizero.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The samplers against the known moments of their distributions: Gamma(k, 1) has mean k, variance
 * k and fourth central moment 3k^2 + 6k; a symmetric Dirichlet(alpha) over K outcomes has marginal
 * mean 1/K, variance (K-1) / (K^2 (K alpha + 1)) and covariance -1 / (K^2 (K alpha + 1)).
 */
class DirichletTest {

    private static final int DRAWS = 200_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 1, 2.5, 30})
    void gammaDrawsHaveTheMeanAndVarianceOfTheirShape(double shape) {
        SplittableRandom random = new SplittableRandom(11);
        double[] x = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            double draw = Dirichlet.gamma(shape, random);
            assertTrue(draw >= 0 && Double.isFinite(draw), () -> "draw " + draw);
            x[i] = draw;
        }
        double mean = mean(x);
        assertEquals(shape, mean, 5 * Math.sqrt(shape / DRAWS), "mean");
        double variance = variance(x, mean);
        double fourth = 3 * shape * shape + 6 * shape;
        assertEquals(shape, variance, 5 * Math.sqrt((fourth - shape * shape) / DRAWS), "variance");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 2})
    void dirichletDrawsHaveTheMarginalMomentsAndSumToOne(double alpha) {
        int k = 5;
        SplittableRandom random = new SplittableRandom(12);
        double[] first = new double[DRAWS];
        double[] second = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            double[] p = Dirichlet.symmetric(alpha, k, random);
            double sum = 0;
            for (double v : p) {
                assertTrue(v >= 0);
                sum += v;
            }
            assertEquals(1, sum, 1e-12);
            first[i] = p[0];
            second[i] = p[k - 1];
        }
        double spread = k * k * (k * alpha + 1);
        double m0 = mean(first);
        double m1 = mean(second);
        double variance = (k - 1) / spread;
        assertEquals(1.0 / k, m0, 5 * Math.sqrt(variance / DRAWS));
        assertEquals(1.0 / k, m1, 5 * Math.sqrt(variance / DRAWS));
        double[] squares = new double[DRAWS];
        double[] products = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            squares[i] = (first[i] - m0) * (first[i] - m0);
            products[i] = (first[i] - m0) * (second[i] - m1);
        }
        assertWithinStandardErrors(variance, squares, 5, "variance");
        assertWithinStandardErrors(-1 / spread, products, 5, "covariance");
    }

    @Test
    void aTinyConcentrationStillGivesProperUnbiasedRows() {
        // Most Gamma(0.005) draws are below the smallest double; in log space the rows stay proper.
        int k = 8;
        SplittableRandom random = new SplittableRandom(13);
        int draws = 100_000;
        double[] first = new double[draws];
        for (int i = 0; i < draws; i++) {
            double[] p = Dirichlet.symmetric(0.005, k, random);
            double sum = 0;
            for (double v : p) {
                assertTrue(v >= 0 && v <= 1, () -> "entry " + v);
                sum += v;
            }
            assertEquals(1, sum, 1e-12);
            first[i] = p[0];
        }
        double variance = (k - 1) / (k * k * (k * 0.005 + 1));
        assertEquals(1.0 / k, mean(first), 5 * Math.sqrt(variance / draws));
    }

    @Test
    void sameSeedSameDraws() {
        double[] a = Dirichlet.symmetric(0.5, 6, new SplittableRandom(3));
        double[] b = Dirichlet.symmetric(0.5, 6, new SplittableRandom(3));
        double[] c = Dirichlet.symmetric(0.5, 6, new SplittableRandom(4));
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void rejectsShapesThatAreNotPositive() {
        SplittableRandom random = new SplittableRandom(1);
        assertThrows(IllegalArgumentException.class, () -> Dirichlet.gamma(0, random));
        assertThrows(IllegalArgumentException.class, () -> Dirichlet.gamma(Double.NaN, random));
        assertThrows(IllegalArgumentException.class, () -> Dirichlet.symmetric(1, 0, random));
    }

    /** The mean of {@code terms} lies within {@code z} of its own standard errors of {@code expected}. */
    private static void assertWithinStandardErrors(double expected, double[] terms, double z, String what) {
        double mean = mean(terms);
        double standardError = Math.sqrt(variance(terms, mean) / terms.length);
        assertEquals(expected, mean, z * standardError, what);
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double variance(double[] x, double mean) {
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return sum / x.length;
    }
}
