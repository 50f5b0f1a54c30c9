package org.epizero.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class MoveChooserTest {

    private static final int DRAWS = 40_000;

    @Test
    void temperatureZeroPicksTheMostVisited() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        for (int i = 0; i < 100; i++) {
            assertEquals(2, MoveChooser.choose(new int[] {5, 0, 90, 4}, 0, rng));
        }
    }

    @Test
    void temperatureZeroBreaksTiesAtRandom() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(2L);
        int[] hits = new int[4];
        for (int i = 0; i < DRAWS; i++) {
            hits[MoveChooser.choose(new int[] {7, 3, 7, 0}, 0, rng)]++;
        }
        assertEquals(0, hits[1] + hits[3], "a non-maximal action was chosen");
        assertChiSquare(hits, new double[] {0.5, 0, 0.5, 0});
    }

    @Test
    void temperatureOneSamplesInProportionToVisits() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        int[] counts = {10, 0, 30, 60};
        int[] hits = new int[4];
        for (int i = 0; i < DRAWS; i++) {
            hits[MoveChooser.choose(counts, 1, rng)]++;
        }
        assertEquals(0, hits[1], "an unvisited action was chosen");
        assertChiSquare(hits, new double[] {0.1, 0, 0.3, 0.6});
    }

    @Test
    void temperatureHalfSquaresTheCounts() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(4L);
        int[] hits = new int[3];
        for (int i = 0; i < DRAWS; i++) {
            hits[MoveChooser.choose(new int[] {1, 2, 3}, 0.5, rng)]++;
        }
        assertChiSquare(hits, new double[] {1 / 14.0, 4 / 14.0, 9 / 14.0});
    }

    @Test
    void probabilitiesMatchTheFrequenciesOfTheChoices() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(6L);
        int[][] countSets = {{7, 3, 7, 0}, {10, 0, 30, 60}, {1, 2, 3}, {0, 5, 0}, {4, 4, 4, 1}};
        for (int[] counts : countSets) {
            for (double temperature : new double[] {0, 0.5, 1, 2}) {
                int[] hits = new int[counts.length];
                for (int i = 0; i < DRAWS; i++) {
                    hits[MoveChooser.choose(counts, temperature, rng)]++;
                }
                double[] p = new double[counts.length];
                double sum = 0;
                for (int a = 0; a < counts.length; a++) {
                    p[a] = MoveChooser.probability(counts, temperature, a);
                    sum += p[a];
                    if (p[a] == 0) {
                        assertEquals(0, hits[a], "an action of probability 0 was chosen");
                    }
                }
                assertEquals(1, sum, 1e-12, Arrays.toString(counts) + " at temperature " + temperature);
                if (Arrays.stream(p).filter(x -> x > 0).count() > 1) {
                    assertChiSquare(hits, p);
                }
            }
        }
    }

    @Test
    void greedyProbabilitiesAreOneOverTheTies() {
        assertEquals(1.0, MoveChooser.probability(new int[] {5, 0, 90, 4}, 0, 2));
        assertEquals(0.0, MoveChooser.probability(new int[] {5, 0, 90, 4}, 0, 0));
        assertEquals(0.5, MoveChooser.probability(new int[] {7, 3, 7, 0}, 0, 0));
        assertEquals(1 / 3.0, MoveChooser.probability(new int[] {4, 4, 4, 1}, 0, 1));
        assertEquals(0.6, MoveChooser.probability(new int[] {10, 0, 30, 60}, 1, 3), 1e-15);
    }

    @Test
    void rejectsAllZeroCounts() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        assertThrows(IllegalArgumentException.class, () -> MoveChooser.choose(new int[3], 1, rng));
        assertThrows(IllegalArgumentException.class, () -> MoveChooser.probability(new int[3], 1, 0));
    }

    /** Pearson's chi-square over the cells of non-zero probability, against the 0.999 quantile. */
    static void assertChiSquare(int[] hits, double[] probabilities) {
        int total = 0;
        for (int h : hits) {
            total += h;
        }
        double chi = 0;
        int cells = 0;
        for (int i = 0; i < hits.length; i++) {
            if (probabilities[i] > 0) {
                double expected = probabilities[i] * total;
                chi += (hits[i] - expected) * (hits[i] - expected) / expected;
                cells++;
            }
        }
        // 0.999 quantiles of chi-square with 1..3 degrees of freedom.
        double[] critical = {10.83, 13.82, 16.27};
        assertTrue(chi < critical[cells - 2], "chi-square " + chi + " for " + Arrays.toString(hits));
    }
}
