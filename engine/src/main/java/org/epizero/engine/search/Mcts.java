package org.epizero.engine.search;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DirichletSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.State;

/**
 * Monte Carlo tree search with PUCT selection for one game, for two-player zero-sum games.
 *
 * <p>The search runs in two phases so that many games can share one evaluator call:
 * {@link #selectLeaf()} walks down the tree and returns a copy of the leaf state that needs an
 * evaluation (finished games met on the way are scored by the rules and backed up at once), and
 * {@link #expandAndBackup(Evaluation)} completes the oldest pending leaf with its evaluation.
 * {@link LockstepSearch} drives many searches this way; {@link #search(Evaluator)} runs one alone.
 *
 * <p>A search begins with {@link #beginSearch()} (which mixes Dirichlet noise into the root
 * priors, once, or with {@link SearchConfig#gumbel()} on draws the Gumbel root's actions) and is
 * finished when {@link SearchConfig#simulations()} simulations have been completed. {@link #advance(int)} plays a move and, with tree reuse, keeps the chosen child's
 * subtree. Not thread-safe: one thread drives one search.
 *
 * <p>With {@link SearchConfig#solver()} on, a finished game met by a walk starts a proof upwards:
 * a node is proven once one child is a win for its mover or all its children are proven. Walks
 * through a proven node follow its proof to a finished game, so they cost no evaluation and keep
 * every visit count and value sum consistent with the tree below.
 */
public final class Mcts {

    /** The best and the worst a game can return to a player ({@link State#returns(int)}). */
    private static final double WIN = 1;
    private static final double LOSS = -1;

    private final SearchConfig config;
    private final UniformRandomProvider rng;
    private final SearchTree tree = new SearchTree();
    private final State rootState;
    private final ArrayDeque<PendingLeaf> pending = new ArrayDeque<>();
    private final IntArrayList legal = new IntArrayList();
    private float[] rootPriorsBeforeNoise;
    private GumbelRoot gumbelRoot;
    private boolean searching;
    private int budget;
    private boolean noise;
    private int completed;

    private record PendingLeaf(int node, State state) {
    }

    /** A search from a copy of {@code root}, drawing noise and move choices from {@code rng}. */
    public Mcts(State root, SearchConfig config, UniformRandomProvider rng) {
        if (root.game().numPlayers() != 2) {
            throw new IllegalArgumentException("search supports two-player zero-sum games, not "
                    + root.game().numPlayers() + " players");
        }
        this.config = config;
        this.rng = rng;
        this.rootState = root.copy();
        resetTree();
    }

    /** A search seeded with {@code seed}. */
    public Mcts(State root, SearchConfig config, long seed) {
        this(root, config, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    }

    public SearchConfig config() {
        return config;
    }

    /** The tree, for inspection. */
    public SearchTree tree() {
        return tree;
    }

    /** A copy of the root position. */
    public State rootState() {
        return rootState.copy();
    }

    /** Starts a search of {@link SearchConfig#simulations()} new simulations from the current root. */
    public void beginSearch() {
        beginSearch(config.simulations(), true);
    }

    /**
     * Starts a search of {@code simulations} new simulations from the current root; without
     * {@code rootNoise} the root keeps the evaluator's priors (no Dirichlet noise), as in the fast
     * searches of KataGo's playout-cap randomisation.
     */
    public void beginSearch(int simulations, boolean rootNoise) {
        if (rootState.isTerminal()) {
            throw new IllegalStateException("the game is over; nothing to search");
        }
        if (simulations < 1) {
            throw new IllegalArgumentException("a search needs at least 1 simulation, got " + simulations);
        }
        requireNoPending();
        budget = simulations;
        noise = rootNoise;
        completed = 0;
        searching = true;
        gumbelRoot = null;
        if (tree.isExpanded(tree.root())) {
            prepareRoot(budget);
        }
    }

    /** Whether this search still needs leaves selected (budget not yet handed out). */
    public boolean wantsLeaf() {
        return searching && completed + pending.size() < budget;
    }

    /** Whether every simulation of this search has been completed. */
    public boolean isFinished() {
        return completed >= budget && pending.isEmpty();
    }

    /**
     * Runs selection once. Returns the leaf state to evaluate (a copy the caller may keep), or
     * {@code null} when nothing needs evaluating: either the walk ended in a finished game, which
     * has been scored by the rules and backed up, or it reached a leaf already waiting for its
     * evaluation (possible only with several pending leaves), which is not counted.
     *
     * @throws IllegalStateException if {@link #wantsLeaf()} is false
     */
    public State selectLeaf() {
        if (!wantsLeaf()) {
            throw new IllegalStateException("no simulation left to start in this search");
        }
        State state = rootState.copy();
        int node = tree.root();
        tree.addInFlight(node);
        while (tree.isExpanded(node)) {
            node = node == tree.root() && gumbelRoot != null ? gumbelRoot.selectChild(tree) : selectChild(node);
            state.apply(tree.action(node));
            tree.addInFlight(node);
        }
        byte status = tree.status(node);
        if (status == SearchTree.PENDING) {
            tree.cancelInFlight(node);
            return null;
        }
        if (status == SearchTree.UNEXPANDED && state.isTerminal()) {
            tree.markTerminal(node, (float) state.returns(tree.perspective(node)));
            status = SearchTree.TERMINAL;
            if (config.solver()) {
                proveAncestors(tree.parent(node));
            }
        }
        if (status == SearchTree.TERMINAL) {
            tree.backup(node, tree.perspective(node), tree.provenValue(node, tree.perspective(node)));
            completed++;
            return null;
        }
        tree.markPending(node);
        pending.addLast(new PendingLeaf(node, state));
        return state;
    }

    /**
     * Selects up to {@code max} leaves into {@code out} and returns how many were added. Stops
     * early when the budget is handed out or a walk meets a leaf already pending.
     */
    public int gatherLeaves(List<? super State> out, int max) {
        int added = 0;
        while (added < max && wantsLeaf()) {
            int before = completed;
            State leaf = selectLeaf();
            if (leaf != null) {
                out.add(leaf);
                added++;
            } else if (completed == before) {
                break;
            }
        }
        return added;
    }

    /**
     * Completes the oldest pending leaf: creates its children with the evaluation's priors
     * (restricted to legal actions and renormalised; uniform if they carry no mass) and backs up its
     * value, which is from the view of the leaf's player to move.
     */
    public void expandAndBackup(Evaluation evaluation) {
        PendingLeaf leaf = pending.pollFirst();
        if (leaf == null) {
            throw new IllegalStateException("no leaf is waiting for an evaluation");
        }
        State state = leaf.state();
        int node = leaf.node();
        int mover = state.currentPlayer();
        state.legalActions(legal);
        float[] priors = legalPriors(evaluation.priors(), legal);
        tree.expand(node, legal, priors, mover, evaluation.value());
        tree.backup(node, mover, evaluation.value());
        completed++;
        if (node == tree.root() && searching) {
            // Only the root's own evaluation was pending, so the rest of the budget is unspent.
            prepareRoot(budget - completed);
        }
    }

    /** Runs a whole search with {@code evaluator} and returns its result. */
    public SearchResult search(Evaluator evaluator) {
        return new LockstepSearch(evaluator).search(List.of(this)).get(0);
    }

    /**
     * The result at the root: visit counts, values, the policy target and the chosen action. With
     * PUCT the target is the visit distribution and the action is drawn from the visit counts
     * under the configured temperature (from this search's generator), or at temperature 0 taken by
     * the lower confidence bound when {@link SearchConfig#lcbStdevs()} is set; with Gumbel they are
     * the completed-Q improved policy and the action that survived sequential halving. With the
     * solver on, the choice is made from {@link SearchResult#choiceCounts()}: a proven win is taken
     * and proven losses are avoided.
     */
    public SearchResult result() {
        int root = tree.root();
        int player = rootState.currentPlayer();
        int actions = rootState.game().numDistinctActions();
        int[] counts = new int[actions];
        float[] values = new float[actions];
        float[] proven = new float[actions];
        Arrays.fill(values, Float.NaN);
        Arrays.fill(proven, Float.NaN);
        int bestPrior = SearchTree.NONE;
        for (int i = 0; i < tree.childCount(root); i++) {
            int c = tree.child(root, i);
            int a = tree.action(c);
            counts[a] = tree.visits(c);
            if (counts[a] > 0) {
                values[a] = (float) tree.meanValue(c, player);
            }
            if (solved(c)) {
                proven[a] = (float) tree.provenValue(c, player);
            }
            if (bestPrior == SearchTree.NONE || tree.prior(c) > tree.prior(bestPrior)) {
                bestPrior = c;
            }
        }
        double rootValue = tree.meanValue(root, player);
        if (gumbelRoot != null) {
            SearchResult gumbel = new SearchResult(player, counts, values, proven, gumbelRoot.improvedPolicy(tree, actions),
                    rootValue, gumbelRoot.chosenAction(tree), completed);
            int[] allowed = gumbel.choiceCounts();
            // The solver overrules the halving only where it knows better: a survivor it rules out.
            boolean ruledOut = config.solver() && allowed[gumbel.action()] == 0 && Arrays.stream(allowed).anyMatch(n -> n > 0);
            return ruledOut ? gumbel.withAction(MoveChooser.choose(allowed, 0, rng)) : gumbel;
        }
        float[] target = SearchResult.visitDistribution(forcing() ? prunedCounts(counts) : counts);
        SearchResult unchosen = new SearchResult(player, counts, values, proven, target, rootValue, -1, completed);
        int[] allowed = unchosen.choiceCounts();
        boolean anyVisit = Arrays.stream(allowed).anyMatch(n -> n > 0);
        int chosen;
        if (!anyVisit) {
            chosen = bestPrior == SearchTree.NONE ? -1 : tree.action(bestPrior);
        } else if (config.temperature() == 0 && config.lcbStdevs() > 0) {
            chosen = lowerConfidenceBoundChoice(allowed, player);
        } else {
            chosen = MoveChooser.choose(allowed, config.temperature(), rng);
        }
        return unchosen.withAction(chosen);
    }

    /**
     * The move with the highest lower confidence bound {@code Q - z * sqrt(var / N)} (a proven
     * move's bound is its proven value) among the moves with at least
     * {@link SearchConfig#LCB_MIN_VISIT_SHARE} of the most visited one's visits; ties go to the
     * more visited move, then to the lower action.
     */
    private int lowerConfidenceBoundChoice(int[] allowed, int player) {
        int root = tree.root();
        int most = Arrays.stream(allowed).max().orElse(0);
        int chosen = -1;
        double chosenBound = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < tree.childCount(root); i++) {
            int c = tree.child(root, i);
            int a = tree.action(c);
            int n = allowed[a];
            if (n == 0 || n < SearchConfig.LCB_MIN_VISIT_SHARE * most) {
                continue;
            }
            double bound = solved(c) ? tree.provenValue(c, player)
                    : tree.meanValue(c, player) - config.lcbStdevs() * Math.sqrt(tree.valueVariance(c) / n);
            if (bound > chosenBound || bound == chosenBound && n > allowed[chosen]) {
                chosen = a;
                chosenBound = bound;
            }
        }
        return chosen;
    }

    /**
     * Plays {@code action} at the root. With tree reuse the child's subtree (and its visits) becomes
     * the new tree; otherwise the tree starts empty.
     *
     * @throws IllegalArgumentException if the action is illegal at the root
     */
    public void advance(int action) {
        requireNoPending();
        if (!rootState.isLegal(action)) {
            throw new IllegalArgumentException("illegal action " + action + " at the root");
        }
        int root = tree.root();
        int child = tree.isExpanded(root) ? tree.childFor(root, action) : SearchTree.NONE;
        rootState.apply(action);
        searching = false;
        rootPriorsBeforeNoise = null;
        gumbelRoot = null;
        if (config.reuseTree() && child != SearchTree.NONE && !rootState.isTerminal()) {
            tree.reroot(child);
        } else {
            resetTree();
        }
    }

    private void resetTree() {
        tree.reset(rootState.isTerminal() ? 0 : rootState.currentPlayer());
        rootPriorsBeforeNoise = null;
        gumbelRoot = null;
    }

    /**
     * Readies an expanded root for the {@code simulationsLeft} simulations left: Gumbel's considered
     * actions (with Gumbel noise at a positive temperature), or PUCT's Dirichlet noise.
     */
    private void prepareRoot(int simulationsLeft) {
        if (config.gumbel().enabled()) {
            gumbelRoot = new GumbelRoot(tree, config.gumbel(), simulationsLeft, config.temperature() > 0, rng);
        } else if (noise) {
            applyRootNoise();
        } else {
            restoreRootPriors();
        }
    }

    private int selectChild(int node) {
        if (solved(node)) {
            return provingChild(node);
        }
        if (node == tree.root() && forcing()) {
            int forced = forcedChild();
            if (forced != SearchTree.NONE) {
                return forced;
            }
        }
        int mover = tree.playerToMove(node);
        double parentVisits = tree.visits(node) + tree.inFlight(node);
        double explore = config.cPuct() * Math.sqrt(parentVisits);
        double firstPlay = tree.meanValue(node, mover) - config.fpuReduction();
        int first = tree.firstChild(node);
        int count = tree.childCount(node);
        int best = first;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = first; c < first + count; c++) {
            boolean proven = solved(c);
            if (proven && provenLoss(c, mover)) {
                // The node is unproven, so some child is not a proven loss: never enter this one.
                continue;
            }
            int pendingVisits = tree.inFlight(c);
            int n = tree.visits(c) + pendingVisits;
            // Children are seen from the mover's view; each pending visit counts as a loss.
            double q = proven ? tree.provenValue(c, mover) : n == 0 ? firstPlay : (tree.rawValueSum(c) - pendingVisits) / n;
            double score = q + explore * tree.prior(c) / (1 + n);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** Whether the solver is on and has proven {@code node}. */
    private boolean solved(int node) {
        return config.solver() && tree.isProven(node);
    }

    /** Whether the proven {@code node} is lost for {@code mover}, the player who would move into it. */
    private boolean provenLoss(int node, int mover) {
        return tree.provenValue(node, mover) <= LOSS;
    }

    /** Whether this search forces playouts at the root: forced playouts on, in a full search (not a fast one without root noise). */
    private boolean forcing() {
        return config.forcedPlayouts() > 0 && noise && !config.gumbel().enabled();
    }

    /** KataGo's forced visit count of a root child with prior {@code prior} when the root's children hold {@code total} visits. */
    private double forcedVisits(double prior, int total) {
        return Math.sqrt(config.forcedPlayouts() * prior * total);
    }

    /**
     * The root child furthest below its forced visit count (pending visits included);
     * {@link SearchTree#NONE} when none is below.
     */
    private int forcedChild() {
        int root = tree.root();
        int total = tree.visits(root) + tree.inFlight(root);
        int mover = tree.playerToMove(root);
        int chosen = SearchTree.NONE;
        double largestDeficit = 0;
        int first = tree.firstChild(root);
        for (int c = first; c < first + tree.childCount(root); c++) {
            boolean lost = solved(c) && provenLoss(c, mover);
            double deficit = forcedVisits(tree.prior(c), total) - tree.visits(c) - tree.inFlight(c);
            if (!lost && deficit > largestDeficit) {
                chosen = c;
                largestDeficit = deficit;
            }
        }
        return chosen;
    }

    /**
     * The root's visit counts with KataGo's policy-target pruning: every child but the most visited
     * gives back forced visits, up to its forced count, as long as its PUCT score with the fewer
     * visits stays below the most visited child's; a child left with one visit drops to 0.
     */
    private int[] prunedCounts(int[] counts) {
        int root = tree.root();
        int player = tree.playerToMove(root);
        int total = tree.visits(root);
        double explore = config.cPuct() * Math.sqrt(total);
        int best = SearchTree.NONE;
        int first = tree.firstChild(root);
        for (int c = first; c < first + tree.childCount(root); c++) {
            if (best == SearchTree.NONE || tree.visits(c) > tree.visits(best)) {
                best = c;
            }
        }
        int[] pruned = counts.clone();
        double bestScore = tree.meanValue(best, player) + explore * tree.prior(best) / (1 + tree.visits(best));
        for (int c = first; c < first + tree.childCount(root); c++) {
            int n = tree.visits(c);
            if (c == best || n == 0) {
                continue;
            }
            double q = tree.meanValue(c, player);
            int floor = (int) Math.max(0, Math.ceil(n - forcedVisits(tree.prior(c), total)));
            int kept = n;
            while (kept > Math.max(1, floor) && q + explore * tree.prior(c) / kept < bestScore) {
                kept--;
            }
            pruned[tree.action(c)] = kept == 1 ? 0 : kept;
        }
        return pruned;
    }

    /**
     * The child of a proven node that carries its proof (a winning move, or the best of the proven
     * moves), so that walks through solved positions end in finished games without evaluations.
     */
    private int provingChild(int node) {
        int mover = tree.playerToMove(node);
        double value = tree.provenValue(node, mover);
        int first = tree.firstChild(node);
        for (int c = first; c < first + tree.childCount(node); c++) {
            if (tree.isProven(c) && tree.provenValue(c, mover) == value) {
                return c;
            }
        }
        throw new IllegalStateException("proven node " + node + " has no child with its value");
    }

    /**
     * Marks {@code node} and then its ancestors proven for as long as their children prove them:
     * one child worth a win to the mover, or every child proven (the node is worth the best).
     */
    private void proveAncestors(int node) {
        for (int n = node; n != SearchTree.NONE && !tree.isProven(n); n = tree.parent(n)) {
            int mover = tree.playerToMove(n);
            double best = Double.NEGATIVE_INFINITY;
            boolean allProven = true;
            int first = tree.firstChild(n);
            for (int c = first; c < first + tree.childCount(n); c++) {
                if (!tree.isProven(c)) {
                    allProven = false;
                    continue;
                }
                best = Math.max(best, tree.provenValue(c, mover));
                if (best >= WIN) {
                    break;
                }
            }
            if (best < WIN && !allProven) {
                return;
            }
            tree.markProven(n, mover, best);
        }
    }

    /** Undoes the noise an earlier search of the same root mixed in. */
    private void restoreRootPriors() {
        if (rootPriorsBeforeNoise != null) {
            int first = tree.firstChild(tree.root());
            for (int i = 0; i < rootPriorsBeforeNoise.length; i++) {
                tree.setPrior(first + i, rootPriorsBeforeNoise[i]);
            }
        }
    }

    private void applyRootNoise() {
        int root = tree.root();
        int k = tree.childCount(root);
        if (config.noiseWeight() == 0 || k < 2) {
            return;
        }
        int first = tree.firstChild(root);
        if (rootPriorsBeforeNoise == null) {
            rootPriorsBeforeNoise = new float[k];
            for (int i = 0; i < k; i++) {
                rootPriorsBeforeNoise[i] = tree.prior(first + i);
            }
        }
        double[] eta = DirichletSampler.symmetric(rng, k, config.dirichletAlpha(k)).sample();
        double w = config.noiseWeight();
        for (int i = 0; i < k; i++) {
            tree.setPrior(first + i, (float) ((1 - w) * rootPriorsBeforeNoise[i] + w * eta[i]));
        }
    }

    private static float[] legalPriors(float[] all, IntArrayList legal) {
        int n = legal.size();
        float[] p = new float[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            float v = all[legal.getInt(i)];
            p[i] = v > 0 ? v : 0f;
            sum += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] = sum > 0 && Double.isFinite(sum) ? (float) (p[i] / sum) : 1f / n;
        }
        return p;
    }

    private void requireNoPending() {
        if (!pending.isEmpty()) {
            throw new IllegalStateException(pending.size() + " leaves still wait for evaluation");
        }
    }
}
