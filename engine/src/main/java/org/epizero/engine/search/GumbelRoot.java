package org.epizero.engine.search;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The root of one Gumbel AlphaZero search (Danihelka et al., ICLR 2022): the actions it considers,
 * the child the next simulation visits, the move that survives, and the improved policy.
 *
 * <p>The search draws Gumbel noise g(a) once, considers the m actions with the largest
 * {@code g(a) + logit(a)} (Gumbel top-m: m actions sampled without replacement from the prior),
 * and narrows them by sequential halving: in each of {@code ceil(log2 m)} phases the remaining
 * actions get equal visits, then the better half by {@code g + logit + sigma(q)} goes on. The
 * phases are laid out in advance as a schedule of visit counts: simulation k goes to the
 * best-scoring considered action among those that have exactly {@code schedule[k]} visits in this
 * search, which visits the remaining actions in turn and drops the worse half at each phase's end.
 * Values are mapped from [-1, 1] to [0, 1], the range the paper's {@code sigma} is made for.
 *
 * <p>Unvisited actions take the completed value {@code v_mix}, the network's value of the root
 * mixed with the prior-weighted mean value of the visited actions; the improved policy is
 * {@code softmax(logit + sigma(completed q))} over every legal action. Visits kept in a reused
 * subtree count in {@code sigma} and {@code v_mix} but not in the halving, which spends this
 * search's budget.
 */
final class GumbelRoot {

    /** Logit of an action whose prior is 0: far below any other, still finite. */
    private static final double LOG_OF_ZERO_PRIOR = Math.log(1e-30);

    private final GumbelSettings settings;
    private final int player;
    private final int[] considered;
    private final double[] gumbelPlusLogit;
    private final int[] visitsBefore;
    private final int[] schedule;

    /**
     * Draws the considered actions at an expanded root for {@code budget} simulations, with Gumbel
     * noise from {@code rng} when {@code noise} is set and without (g = 0, so the top-m prior
     * actions) otherwise.
     */
    GumbelRoot(SearchTree tree, GumbelSettings settings, int budget, boolean noise, UniformRandomProvider rng) {
        this.settings = settings;
        int root = tree.root();
        this.player = tree.playerToMove(root);
        int count = tree.childCount(root);
        int first = tree.firstChild(root);
        double[] score = new double[count];
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            score[i] = logit(tree, first + i) + (noise ? gumbel(rng) : 0);
            order[i] = i;
        }
        // Stable: equal scores keep the children's (increasing action) order.
        IntArrays.mergeSort(order, (a, b) -> Double.compare(score[b], score[a]));
        int m = Math.min(settings.sampledActions(), count);
        considered = new int[m];
        gumbelPlusLogit = new double[m];
        visitsBefore = new int[m];
        for (int i = 0; i < m; i++) {
            considered[i] = first + order[i];
            gumbelPlusLogit[i] = score[order[i]];
            visitsBefore[i] = tree.visits(considered[i]);
        }
        schedule = visitSchedule(m, budget);
    }

    /**
     * Sequential halving as a schedule: entry k is the number of visits (in this search) that the
     * action receiving simulation k has before it. {@code ceil(log2 m)} phases; in each, every one
     * of the {@code r} remaining actions gets {@code max(1, floor(budget / (phases * r)))} visits,
     * then {@code r} halves (never below 2); a single action gets every simulation.
     */
    static int[] visitSchedule(int m, int budget) {
        int[] schedule = new int[Math.max(budget, 0)];
        if (m <= 1) {
            Arrays.setAll(schedule, k -> k);
            return schedule;
        }
        int phases = 32 - Integer.numberOfLeadingZeros(m - 1);
        int[] visits = new int[m];
        int remaining = m;
        int k = 0;
        while (k < schedule.length) {
            int each = Math.max(1, budget / (phases * remaining));
            for (int round = 0; round < each; round++) {
                for (int i = 0; i < remaining; i++) {
                    if (k < schedule.length) {
                        schedule[k++] = visits[i];
                    }
                    visits[i]++;
                }
            }
            remaining = Math.max(2, remaining / 2);
        }
        return schedule;
    }

    /** The root child the next simulation visits; visits still in flight count as made. */
    int selectChild(SearchTree tree) {
        int handedOut = 0;
        for (int i = 0; i < considered.length; i++) {
            handedOut += searchVisits(tree, i) + tree.inFlight(considered[i]);
        }
        int target = handedOut < schedule.length ? schedule[handedOut] : Integer.MAX_VALUE;
        int best = -1;
        int fewest = -1;
        double vMix = completedValue(tree);
        int maxVisits = maxRootVisits(tree);
        for (int i = 0; i < considered.length; i++) {
            int made = searchVisits(tree, i) + tree.inFlight(considered[i]);
            if (made == target && (best < 0 || score(tree, i, vMix, maxVisits) > score(tree, best, vMix, maxVisits))) {
                best = i;
            }
            if (fewest < 0 || made < searchVisits(tree, fewest) + tree.inFlight(considered[fewest])) {
                fewest = i;
            }
        }
        return considered[best >= 0 ? best : fewest];
    }

    /** The move: the considered action with the most visits in this search that scores best. */
    int chosenAction(SearchTree tree) {
        double vMix = completedValue(tree);
        int maxVisits = maxRootVisits(tree);
        int best = 0;
        for (int i = 1; i < considered.length; i++) {
            int n = searchVisits(tree, i);
            int nBest = searchVisits(tree, best);
            if (n > nBest || (n == nBest && score(tree, i, vMix, maxVisits) > score(tree, best, vMix, maxVisits))) {
                best = i;
            }
        }
        return tree.action(considered[best]);
    }

    /** {@code softmax(logit + sigma(completed q))} over the root's legal actions, indexed over {@code actions}. */
    float[] improvedPolicy(SearchTree tree, int actions) {
        int root = tree.root();
        int count = tree.childCount(root);
        int first = tree.firstChild(root);
        double vMix = completedValue(tree);
        int maxVisits = maxRootVisits(tree);
        double[] z = new double[count];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            z[i] = logit(tree, first + i) + settings.sigma(completedQ(tree, first + i, vMix), maxVisits);
            max = Math.max(max, z[i]);
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        float[] policy = new float[actions];
        for (int i = 0; i < count; i++) {
            policy[tree.action(first + i)] = (float) (z[i] / sum);
        }
        return policy;
    }

    /**
     * {@code v_mix} in [0, 1]: {@code (v + N / sum_{visited} p * sum_{visited} p q) / (1 + N)} with
     * the network's root value v, the root children's visits N in total, priors p and values q.
     */
    double completedValue(SearchTree tree) {
        int root = tree.root();
        double networkValue = unit(tree.networkValue(root, player));
        long totalVisits = 0;
        double visitedPrior = 0;
        double weightedValue = 0;
        for (int i = 0; i < tree.childCount(root); i++) {
            int c = tree.child(root, i);
            if (tree.visits(c) > 0) {
                totalVisits += tree.visits(c);
                visitedPrior += tree.prior(c);
                weightedValue += tree.prior(c) * unit(tree.meanValue(c, player));
            }
        }
        if (totalVisits == 0) {
            return networkValue;
        }
        // Priors of visited actions can all be 0; their plain mean is the limit of the formula then.
        double visitedMean = visitedPrior > 0 ? weightedValue / visitedPrior : plainMeanOfVisited(tree);
        return (networkValue + totalVisits * visitedMean) / (1 + totalVisits);
    }

    private double plainMeanOfVisited(SearchTree tree) {
        int root = tree.root();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < tree.childCount(root); i++) {
            int c = tree.child(root, i);
            if (tree.visits(c) > 0) {
                sum += unit(tree.meanValue(c, player));
                n++;
            }
        }
        return sum / n;
    }

    private double completedQ(SearchTree tree, int child, double vMix) {
        return tree.visits(child) > 0 ? unit(tree.meanValue(child, player)) : vMix;
    }

    private double score(SearchTree tree, int i, double vMix, int maxVisits) {
        return gumbelPlusLogit[i] + settings.sigma(completedQ(tree, considered[i], vMix), maxVisits);
    }

    private int searchVisits(SearchTree tree, int i) {
        return tree.visits(considered[i]) - visitsBefore[i];
    }

    private static int maxRootVisits(SearchTree tree) {
        int root = tree.root();
        int max = 0;
        for (int i = 0; i < tree.childCount(root); i++) {
            max = Math.max(max, tree.visits(tree.child(root, i)));
        }
        return max;
    }

    private static double logit(SearchTree tree, int child) {
        float p = tree.prior(child);
        return p > 0 ? Math.log(p) : LOG_OF_ZERO_PRIOR;
    }

    /** A value in [-1, 1] mapped to [0, 1]. */
    private static double unit(double value) {
        return (value + 1) / 2;
    }

    /** A standard Gumbel sample, {@code -log(-log U)} with U uniform in the open interval (0, 1). */
    private static double gumbel(UniformRandomProvider rng) {
        double u = ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
        return -Math.log(-Math.log(u));
    }
}
