package org.epizero.analysis.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ComputeFrontierTest {

    private static FrontierPoint p(String run, double flops, double s, double h) {
        return new FrontierPoint(run, flops, s, h);
    }

    @Test
    void handWorkedExample() {
        List<FrontierPoint> points = List.of(
                p("a", 1, 2, 8), p("a", 2, 3, 3), p("b", 3, 1, 4), p("b", 4, 1, 1), p("b", 5, 1, 2), p("a", 4, 5, 5));
        ComputeFrontier frontier = ComputeFrontier.of(points);
        // Hull of (T, S+H): (1,10) (2,6) (4,2) (5,3); (3,5) lies above the chord from (2,6) to (4,2),
        // and (5,3) is cut because the frontier stops falling at (4,2).
        assertEquals(List.of(points.get(0), points.get(1), points.get(3)), frontier.hull());
        assertTrue(frontier.at(0.5).isEmpty());
        ComputeFrontier.Reading mid = frontier.at(3).orElseThrow();
        assertEquals(2.0, mid.structureBits(), 1e-12); // halfway between S=3 and S=1
        assertEquals(2.0, mid.entropyBits(), 1e-12); // halfway between H=3 and H=1
        assertEquals(4.0, mid.totalBits(), 1e-12);
        assertEquals(1.0 + 1.0, frontier.at(100).orElseThrow().totalBits(), 1e-12);
        assertEquals("b", frontier.at(3.6).orElseThrow().run());
        assertEquals("a", frontier.at(2.4).orElseThrow().run());
    }

    @Test
    void hullMatchesBruteForceOnRandomPointSets() {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 200; trial++) {
            List<FrontierPoint> points = new ArrayList<>();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                double flops = 1 + random.nextInt(50);
                points.add(p("r" + random.nextInt(3), flops, random.nextDouble() * 10, 100.0 / flops + random.nextDouble() * 20));
            }
            ComputeFrontier frontier = ComputeFrontier.of(points);
            List<FrontierPoint> hull = frontier.hull();
            assertTrue(points.containsAll(hull));
            for (int i = 1; i < hull.size(); i++) {
                assertTrue(hull.get(i).totalBits() < hull.get(i - 1).totalBits(), "the frontier falls");
            }
            // Brute force: the frontier at a budget is the least convex combination of at most two
            // points within the budget (one point alone, or two straddling it).
            for (double budget = 0.5; budget <= 52; budget += 0.5) {
                double best = Double.POSITIVE_INFINITY;
                for (FrontierPoint a : points) {
                    if (a.flops() <= budget) {
                        best = Math.min(best, a.totalBits());
                        for (FrontierPoint b : points) {
                            if (b.flops() > budget) {
                                double w = (budget - a.flops()) / (b.flops() - a.flops());
                                best = Math.min(best, (1 - w) * a.totalBits() + w * b.totalBits());
                            }
                        }
                    }
                }
                var reading = frontier.at(budget);
                if (Double.isInfinite(best)) {
                    assertTrue(reading.isEmpty());
                } else {
                    assertEquals(best, reading.orElseThrow().totalBits(), 1e-9, "budget " + budget);
                }
            }
        }
    }

    @Test
    void medianHullPointOfEachRun() {
        List<FrontierPoint> points = List.of(p("a", 1, 0, 10), p("a", 2, 0, 7), p("a", 3, 0, 5), p("b", 6, 0, 2), p("b", 9, 0, 1));
        var median = ComputeFrontier.of(points).medianHullPointPerRun();
        assertEquals(points.get(1), median.get("a"));
        assertEquals(points.get(3), median.get("b"));
    }
}
