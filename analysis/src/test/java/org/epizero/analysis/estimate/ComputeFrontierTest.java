package org.epizero.analysis.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ComputeFrontierTest {

    private static FrontierPoint p(String run, double flops, double s, double h) {
        return new FrontierPoint(run, flops, s, h);
    }

    // Three observer runs, worked by hand. (T, S + H):
    //   small: (1, 20) (2, 14) (3, 10)
    //   mid:   (5, 8)  (8, 10)
    //   big:   (6, 6)  (10, 4) (20, 3.5) (40, 3.6) (80, 3.9)
    // Slopes between successive candidates (1,20) (2,14) (3,10) (6,6) (10,4) (20,3.5) (40,3.6)
    // (80,3.9) are -6, -4, -4/3, -1/2, -1/20, +1/200, +3/400: rising, so all eight are lower-hull
    // vertices. mid lies above it: the chord (3,10)-(6,6) is at 22/3 < 8 at T = 5, the chord
    // (6,6)-(10,4) at 5 < 10 at T = 8. Cutting at the lowest vertex (20, 3.5) leaves
    // small 1, 2, 3 and big 6, 10, 20; their median vertices are small@2 and big@10. Without the
    // cut big would have five vertices and its median would be big@20.
    private static final FrontierPoint SMALL_1 = p("small", 1, 1, 19);
    private static final FrontierPoint SMALL_2 = p("small", 2, 2, 12);
    private static final FrontierPoint SMALL_3 = p("small", 3, 2, 8);
    private static final FrontierPoint MID_5 = p("mid", 5, 4, 4);
    private static final FrontierPoint MID_8 = p("mid", 8, 5, 5);
    private static final FrontierPoint BIG_6 = p("big", 6, 2, 4);
    private static final FrontierPoint BIG_10 = p("big", 10, 3, 1);
    private static final FrontierPoint BIG_20 = p("big", 20, 3, 0.5);
    private static final FrontierPoint BIG_40 = p("big", 40, 3, 0.6);
    private static final FrontierPoint BIG_80 = p("big", 80, 3, 0.9);

    private static ComputeFrontier handWorked() {
        return ComputeFrontier.of(List.of(BIG_80, MID_5, SMALL_2, BIG_10, SMALL_1, BIG_40, MID_8, SMALL_3, BIG_6, BIG_20));
    }

    @Test
    void hullIsCutWhereItStopsFalling() {
        assertEquals(List.of(SMALL_1, SMALL_2, SMALL_3, BIG_6, BIG_10, BIG_20), handWorked().hull());
    }

    @Test
    void keepsOnlyTheMedianHullVertexOfEachRun() {
        assertEquals(List.of(SMALL_2, BIG_10), handWorked().points());
        assertEquals(List.of(2.0, 10.0), handWorked().breakpoints());
    }

    @Test
    void ofAnEvenNumberOfHullVerticesTheCheaperMiddleOneIsKept() {
        // (T, S + H): a (1,20) (2,14) (3,10) (4,7), b (6,4) (8,2); slopes -6, -4, -3, -3/2, -1 rise,
        // so a has four hull vertices and b two.
        List<FrontierPoint> a = List.of(p("a", 1, 5, 15), p("a", 2, 5, 9), p("a", 3, 5, 5), p("a", 4, 5, 2));
        List<FrontierPoint> b = List.of(p("b", 6, 3, 1), p("b", 8, 1, 1));
        List<FrontierPoint> all = new ArrayList<>(a);
        all.addAll(b);
        assertEquals(List.of(a.get(1), b.get(0)), ComputeFrontier.of(all).points());
    }

    @Test
    void aRunEntirelyAboveTheHullContributesNothing() {
        ComputeFrontier frontier = handWorked();
        assertTrue(frontier.points().stream().noneMatch(x -> x.run().equals("mid")));
        // mid@5 is the shortest code of all points within T = 5, yet not on the hull.
        assertEquals("small", frontier.at(5).orElseThrow().run());
    }

    @Test
    void readingsAreTheKeptPointsOwnValues() {
        ComputeFrontier frontier = handWorked();
        Optional<ComputeFrontier.Reading> atTwo = frontier.at(2);
        assertSame(SMALL_2, atTwo.orElseThrow().point());
        assertEquals(2.0, atTwo.get().structureBits(), 0.0);
        assertEquals(12.0, atTwo.get().entropyBits(), 0.0);
        ComputeFrontier.Reading late = frontier.at(1e6).orElseThrow();
        assertEquals("big", late.run());
        assertEquals(3.0, late.structureBits(), 0.0);
        assertEquals(1.0, late.entropyBits(), 0.0);
        assertEquals(1e6, late.budget(), 0.0);
    }

    @Test
    void aPointIsNeverTakenBelowItsOwnBudget() {
        ComputeFrontier frontier = handWorked();
        // small@1 is on the hull but not kept, so the frontier starts at small@2.
        assertTrue(frontier.at(1).isEmpty());
        assertTrue(frontier.at(Math.nextDown(2.0)).isEmpty());
        assertSame(SMALL_2, frontier.at(Math.nextDown(10.0)).orElseThrow().point());
        assertSame(BIG_10, frontier.at(10).orElseThrow().point());
    }

    @Test
    void aSinglePointIsItsOwnFrontier() {
        FrontierPoint only = p("x", 7, 1, 2);
        ComputeFrontier frontier = ComputeFrontier.of(List.of(only));
        assertEquals(List.of(only), frontier.points());
        assertTrue(frontier.at(6).isEmpty());
        assertSame(only, frontier.at(7).orElseThrow().point());
    }

    @Test
    void noPointsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ComputeFrontier.of(List.of()));
    }

    @Test
    void matchesBruteForceOnRandomPointSets() {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 300; trial++) {
            List<FrontierPoint> points = new ArrayList<>();
            int n = 1 + random.nextInt(30);
            int runs = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                // Integer compute so that budgets tie; S + H falls with T on average, with noise.
                double flops = 1 + random.nextInt(50);
                double total = 100.0 / flops + random.nextDouble() * 20;
                double s = random.nextDouble() * total;
                points.add(p("r" + random.nextInt(runs), flops, s, total - s));
            }
            ComputeFrontier frontier = ComputeFrontier.of(points);

            List<FrontierPoint> hull = bruteForceFallingHull(points);
            assertEquals(hull, frontier.hull(), "trial " + trial);
            List<FrontierPoint> kept = medianPerRun(hull);
            assertEquals(kept, frontier.points(), "trial " + trial);

            for (double budget = 0.5; budget <= 52; budget += 0.5) {
                FrontierPoint best = null;
                for (FrontierPoint k : kept) {
                    if (k.flops() <= budget && (best == null || k.totalBits() < best.totalBits())) {
                        best = k;
                    }
                }
                Optional<ComputeFrontier.Reading> reading = frontier.at(budget);
                if (best == null) {
                    assertTrue(reading.isEmpty(), "trial " + trial + " budget " + budget);
                } else {
                    ComputeFrontier.Reading r = reading.orElseThrow();
                    assertEquals(best, r.point(), "trial " + trial + " budget " + budget);
                    assertTrue(r.point().flops() <= budget);
                    assertEquals(best.structureBits(), r.structureBits(), 0.0);
                    assertEquals(best.entropyBits(), r.entropyBits(), 0.0);
                }
            }
        }
    }

    /**
     * The lower-hull vertices up to the lowest S + H, by definition: p is a vertex when every
     * other point, and every chord between two others that spans p's compute, lies strictly above
     * it there.
     */
    private static List<FrontierPoint> bruteForceFallingHull(List<FrontierPoint> points) {
        FrontierPoint lowest = points.stream()
                .min(Comparator.comparingDouble(FrontierPoint::totalBits).thenComparingDouble(FrontierPoint::flops))
                .orElseThrow();
        List<FrontierPoint> hull = new ArrayList<>();
        for (FrontierPoint p : points) {
            if (p.flops() <= lowest.flops() && belowAllChords(p, points)) {
                hull.add(p);
            }
        }
        hull.sort(Comparator.comparingDouble(FrontierPoint::flops));
        return hull;
    }

    private static boolean belowAllChords(FrontierPoint p, List<FrontierPoint> points) {
        for (FrontierPoint a : points) {
            if (a == p) {
                continue;
            }
            if (a.flops() == p.flops() && a.totalBits() <= p.totalBits()) {
                return false;
            }
            for (FrontierPoint b : points) {
                if (b != p && a.flops() < p.flops() && p.flops() < b.flops()) {
                    double w = (p.flops() - a.flops()) / (b.flops() - a.flops());
                    if ((1 - w) * a.totalBits() + w * b.totalBits() <= p.totalBits()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Per run, the hull vertex whose compute is nearest the median of its vertices' compute, the
     * first on a tie, as the reference picks it; in increasing compute.
     */
    private static List<FrontierPoint> medianPerRun(List<FrontierPoint> hull) {
        Map<String, List<FrontierPoint>> byRun = new LinkedHashMap<>();
        for (FrontierPoint p : hull) {
            byRun.computeIfAbsent(p.run(), k -> new ArrayList<>()).add(p);
        }
        List<FrontierPoint> kept = new ArrayList<>();
        for (List<FrontierPoint> vertices : byRun.values()) {
            double[] flops = vertices.stream().mapToDouble(FrontierPoint::flops).sorted().toArray();
            int n = flops.length;
            double median = n % 2 == 1 ? flops[n / 2] : (flops[n / 2 - 1] + flops[n / 2]) / 2;
            FrontierPoint nearest = vertices.get(0);
            for (FrontierPoint v : vertices) {
                if (Math.abs(v.flops() - median) < Math.abs(nearest.flops() - median)) {
                    nearest = v;
                }
            }
            kept.add(nearest);
        }
        kept.sort(Comparator.comparingDouble(FrontierPoint::flops));
        return kept;
    }
}
