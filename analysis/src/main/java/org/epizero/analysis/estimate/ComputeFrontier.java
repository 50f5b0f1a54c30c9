package org.epizero.analysis.estimate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The best two-part code of a dataset per compute budget T, across observer runs, built as the
 * epiplexity paper (Finzi et al., "From Entropy to Epiplexity") builds it: its reduced hull.
 *
 * <ol>
 *   <li>Take the lower convex hull of the points (T, S + H) logged along every run, cut where it
 *       stops falling (past that a larger budget buys no shorter code).</li>
 *   <li>Every run with at least one vertex on that hull keeps one point, its median hull vertex;
 *       every other point is dropped. A run stands for one observer size; the vertices it has on
 *       the hull are the budgets where that size is the efficient choice, and the median one stands
 *       for them all, so that one observer contributes one code.</li>
 *   <li>At budget T the frontier is the kept point with the smallest S + H among those with
 *       T' &lt;= T. S_T and H_T are that point's own S and H, so both are step functions of T that
 *       change only at kept points; nothing is interpolated, because a blend of two observers is
 *       not a code anyone can send (both models would have to be paid for).</li>
 * </ol>
 *
 * <p>The hull is taken in linear T, as the paper's reference code does (its turn test works on raw
 * compute; the log scale is only for plotting). In linear T a hull vertex is exactly a point that
 * minimises S + H + &lambda;T for some price &lambda; &gt;= 0 in bits per FLOP, the best code when
 * compute is charged by the FLOP; in log T it would be a price per doubling of compute instead. The
 * hull only chooses which runs take part and which of their points, never the values read.
 */
public final class ComputeFrontier {

    /**
     * The frontier at one budget.
     *
     * @param budget the budget T asked for
     * @param point the kept point that is optimal at T; its compute is at most T
     */
    public record Reading(double budget, FrontierPoint point) {

        /** S_T: the structural information of the optimal code. */
        public double structureBits() {
            return point.structureBits();
        }

        /** H_T: the time-bounded entropy of the optimal code. */
        public double entropyBits() {
            return point.entropyBits();
        }

        /** S_T + H_T. */
        public double totalBits() {
            return point.totalBits();
        }

        /** The run (observer) that is optimal at this budget. */
        public String run() {
            return point.run();
        }
    }

    private final List<FrontierPoint> hull;
    private final List<FrontierPoint> kept;

    private ComputeFrontier(List<FrontierPoint> hull, List<FrontierPoint> kept) {
        this.hull = List.copyOf(hull);
        this.kept = List.copyOf(kept);
    }

    /** The frontier of any number of points (at least one) from any number of runs. */
    public static ComputeFrontier of(Collection<FrontierPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a frontier needs at least one point");
        }
        List<FrontierPoint> hull = fallingLowerHull(points);
        return new ComputeFrontier(hull, medianVertexPerRun(hull));
    }

    /** The candidate points of one run: its checkpoints. */
    public static List<FrontierPoint> pointsOf(String run, EstimateResult result) {
        List<FrontierPoint> points = new ArrayList<>();
        for (CodeSnapshot c : result.checkpoints()) {
            points.add(new FrontierPoint(run, c.flops(), c.structureBits(), c.entropyBits()));
        }
        return points;
    }

    /**
     * The vertices of the lower convex hull of all points in increasing compute, up to its lowest
     * S + H; strictly falling S + H. These only select the runs; see {@link #points()}.
     */
    public List<FrontierPoint> hull() {
        return hull;
    }

    /**
     * The points the frontier is made of, one per run with a vertex on the hull (its median hull
     * vertex), in increasing compute; their S + H strictly falls.
     */
    public List<FrontierPoint> points() {
        return kept;
    }

    /**
     * The budgets at which S_T and H_T change, in increasing order: the compute of each kept point.
     * Between two consecutive ones (and from the last one on) the reading is constant, so the
     * readings at the breakpoints of a set of frontiers are every value those step functions, or
     * their mean, take.
     */
    public List<Double> breakpoints() {
        return kept.stream().map(FrontierPoint::flops).toList();
    }

    /** The frontier at a budget; empty below the cheapest kept point. */
    public Optional<Reading> at(double budget) {
        FrontierPoint best = null;
        // Kept points fall in S + H as compute grows, so the last one within budget is the best.
        for (FrontierPoint p : kept) {
            if (p.flops() > budget) {
                break;
            }
            best = p;
        }
        return Optional.ofNullable(best).map(p -> new Reading(budget, p));
    }

    /** Monotone-chain lower hull in (T, S + H), cut at its minimum. */
    private static List<FrontierPoint> fallingLowerHull(Collection<FrontierPoint> points) {
        List<FrontierPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(FrontierPoint::flops).thenComparingDouble(FrontierPoint::totalBits));
        List<FrontierPoint> lower = new ArrayList<>();
        for (FrontierPoint p : sorted) {
            if (!lower.isEmpty() && lower.get(lower.size() - 1).flops() == p.flops()) {
                continue; // same budget, no shorter code
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
        return lower.subList(0, best + 1);
    }

    /**
     * For each run with vertices on the hull, the middle one by compute; of an even number the
     * cheaper of the two middle ones, as the reference's nearest-to-the-median choice resolves ties.
     */
    private static List<FrontierPoint> medianVertexPerRun(List<FrontierPoint> hull) {
        Map<String, List<FrontierPoint>> byRun = new LinkedHashMap<>();
        for (FrontierPoint p : hull) {
            byRun.computeIfAbsent(p.run(), k -> new ArrayList<>()).add(p);
        }
        List<FrontierPoint> kept = new ArrayList<>();
        for (List<FrontierPoint> vertices : byRun.values()) {
            kept.add(vertices.get((vertices.size() - 1) / 2));
        }
        kept.sort(Comparator.comparingDouble(FrontierPoint::flops));
        return kept;
    }

    /** Whether a, b, c make a strict left (counter-clockwise) turn: b lies below the chord a-c. */
    private static boolean turnsUpward(FrontierPoint a, FrontierPoint b, FrontierPoint c) {
        double cross = (b.flops() - a.flops()) * (c.totalBits() - a.totalBits())
                - (b.totalBits() - a.totalBits()) * (c.flops() - a.flops());
        return cross > 0;
    }
}
