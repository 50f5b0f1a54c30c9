package org.epizero.analysis.estimate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The best two-part code of a dataset per compute budget, across observer runs: the lower convex
 * hull of the points (T, S + H) logged along every run, cut where it stops falling (a larger budget
 * can always fall back on a cheaper model). The hull is taken in linear T, where a convex
 * combination of two models is achievable by splitting the data between them. Reading the frontier
 * at a budget gives S_T and H_T, interpolated between the two hull vertices around it.
 */
public final class ComputeFrontier {

    /**
     * The frontier at one budget.
     *
     * @param flops the budget T
     * @param structureBits S_T
     * @param entropyBits H_T
     * @param run the run of the nearer hull vertex: the observer that is best at this budget
     */
    public record Reading(double flops, double structureBits, double entropyBits, String run) {
        public double totalBits() {
            return structureBits + entropyBits;
        }
    }

    private final List<FrontierPoint> hull;

    private ComputeFrontier(List<FrontierPoint> hull) {
        this.hull = List.copyOf(hull);
    }

    /** The frontier of any number of points (at least one). */
    public static ComputeFrontier of(Collection<FrontierPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a frontier needs at least one point");
        }
        List<FrontierPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(FrontierPoint::flops).thenComparingDouble(FrontierPoint::totalBits));
        List<FrontierPoint> lower = new ArrayList<>();
        for (FrontierPoint p : sorted) {
            if (!lower.isEmpty() && lower.get(lower.size() - 1).flops() == p.flops()) {
                continue; // same budget, worse code
            }
            while (lower.size() >= 2 && !turnsUpward(lower.get(lower.size() - 2), lower.get(lower.size() - 1), p)) {
                lower.remove(lower.size() - 1);
            }
            lower.add(p);
        }
        int best = 0;
        for (int i = 1; i < lower.size(); i++) {
            if (lower.get(i).totalBits() < lower.get(best).totalBits()) {
                best = i;
            }
        }
        return new ComputeFrontier(lower.subList(0, best + 1));
    }

    /** The candidate points of one run: its checkpoints. */
    public static List<FrontierPoint> pointsOf(String run, EstimateResult result) {
        List<FrontierPoint> points = new ArrayList<>();
        for (Checkpoint c : result.checkpoints()) {
            points.add(new FrontierPoint(run, c.flops(), c.structureBits(), c.entropyBits()));
        }
        return points;
    }

    /** The hull vertices in increasing compute, with strictly falling S + H. */
    public List<FrontierPoint> hull() {
        return hull;
    }

    /** S_T and H_T at a budget; empty below the cheapest point. */
    public Optional<Reading> at(double budget) {
        if (budget < hull.get(0).flops()) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < hull.size(); i++) {
            FrontierPoint a = hull.get(i);
            FrontierPoint b = hull.get(i + 1);
            if (budget < b.flops()) {
                double w = (budget - a.flops()) / (b.flops() - a.flops());
                return Optional.of(new Reading(budget,
                        a.structureBits() + w * (b.structureBits() - a.structureBits()),
                        a.entropyBits() + w * (b.entropyBits() - a.entropyBits()),
                        w < 0.5 ? a.run() : b.run()));
            }
        }
        FrontierPoint last = hull.get(hull.size() - 1);
        return Optional.of(new Reading(budget, last.structureBits(), last.entropyBits(), last.run()));
    }

    /** For each run with a vertex on the hull, its median hull vertex (by compute). */
    public Map<String, FrontierPoint> medianHullPointPerRun() {
        Map<String, List<FrontierPoint>> byRun = new LinkedHashMap<>();
        for (FrontierPoint p : hull) {
            byRun.computeIfAbsent(p.run(), k -> new ArrayList<>()).add(p);
        }
        Map<String, FrontierPoint> median = new LinkedHashMap<>();
        byRun.forEach((run, list) -> median.put(run, list.get((list.size() - 1) / 2)));
        return median;
    }

    /** Whether a, b, c make a strict left (counter-clockwise) turn: b lies below the chord a-c. */
    private static boolean turnsUpward(FrontierPoint a, FrontierPoint b, FrontierPoint c) {
        double cross = (b.flops() - a.flops()) * (c.totalBits() - a.totalBits())
                - (b.totalBits() - a.totalBits()) * (c.flops() - a.flops());
        return cross > 0;
    }
}
