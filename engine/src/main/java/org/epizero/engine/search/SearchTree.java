package org.epizero.engine.search;

import it.unimi.dsi.fastutil.ints.IntList;
import java.util.Arrays;

/**
 * The nodes of one search tree, stored column-wise in growable primitive arrays: node {@code n}'s
 * fields live at index {@code n} of each array, and the children of a node occupy one contiguous
 * block allocated when it is expanded. No object per node or edge.
 *
 * <p>Perspective is explicit: the value sum of a node is kept from the view of its
 * <em>perspective player</em>, the player who chose the move into it (the player to move at the
 * parent); a root keeps the perspective it had as a child, or its own player to move when it was
 * created as a root. Values are converted for two-player zero-sum games (the other player's value
 * is the negation), so nothing assumes that players alternate.
 *
 * <p>Read access is public so that results, analysis and tests can inspect the tree; only the
 * search changes it.
 */
public final class SearchTree {

    /** Sentinel for "no node" (the root's parent). */
    public static final int NONE = -1;

    static final byte UNEXPANDED = 0;
    static final byte PENDING = 1;
    static final byte EXPANDED = 2;
    static final byte TERMINAL = 3;

    private static final int INITIAL_CAPACITY = 1024;

    private int size;
    private int root;
    private int[] parent;
    private int[] action;
    private int[] firstChild;
    private int[] childCount;
    private int[] visits;
    private int[] inFlight;
    private float[] prior;
    private float[] provenValue;
    private float[] networkValue;
    private double[] valueSum;
    private double[] valueSquareSum;
    private boolean[] proven;
    private byte[] perspective;
    private byte[] toMove;
    private byte[] status;

    SearchTree() {
        this(INITIAL_CAPACITY);
    }

    /** The root node. */
    public int root() {
        return root;
    }

    /** Number of nodes stored (including unvisited children). */
    public int size() {
        return size;
    }

    /** The parent of {@code node}, or {@link #NONE} for the root. */
    public int parent(int node) {
        return parent[node];
    }

    /** The action that leads from the parent to {@code node} (meaningless at the root). */
    public int action(int node) {
        return action[node];
    }

    /** Number of children (the legal actions) of an expanded node; 0 otherwise. */
    public int childCount(int node) {
        return childCount[node];
    }

    /** The {@code i}-th child of {@code node}, children ordered by increasing action. */
    public int child(int node, int i) {
        if (i < 0 || i >= childCount[node]) {
            throw new IndexOutOfBoundsException("child " + i + " of a node with " + childCount[node]);
        }
        return firstChild[node] + i;
    }

    /** Completed visits of {@code node}. */
    public int visits(int node) {
        return visits[node];
    }

    /** The prior of the move into {@code node} (after root noise, at the root's children). */
    public float prior(int node) {
        return prior[node];
    }

    /** Whether {@code node} has been evaluated and its children created. */
    public boolean isExpanded(int node) {
        return status[node] == EXPANDED;
    }

    /** Whether {@code node} is a finished game. */
    public boolean isTerminal(int node) {
        return status[node] == TERMINAL;
    }

    /**
     * Whether the game-theoretic value of {@code node} is known: a finished game, or (with the
     * search's solver on) a node whose value follows from proven children.
     */
    public boolean isProven(int node) {
        return proven[node];
    }

    /** The proven value of {@code node} from {@code player}'s view; 0 while it is not proven. */
    public double provenValue(int node, int player) {
        return player == perspective[node] ? provenValue[node] : -provenValue[node];
    }

    /** The player to move at an expanded node. */
    public int playerToMove(int node) {
        if (status[node] != EXPANDED) {
            throw new IllegalStateException("node " + node + " is not expanded");
        }
        return toMove[node];
    }

    /** Sum of the backed-up values of {@code node} from {@code player}'s view. */
    public double valueSum(int node, int player) {
        return player == perspective[node] ? valueSum[node] : -valueSum[node];
    }

    /**
     * The evaluator's value of an expanded {@code node} from {@code player}'s view, as it was
     * before any search below it; 0 for nodes never expanded.
     */
    public double networkValue(int node, int player) {
        return player == perspective[node] ? networkValue[node] : -networkValue[node];
    }

    /** Mean backed-up value of {@code node} from {@code player}'s view; 0 when unvisited. */
    public double meanValue(int node, int player) {
        return visits[node] == 0 ? 0 : valueSum(node, player) / visits[node];
    }

    /** Sample variance of the values backed up through {@code node} (the same from either view); 0 below two visits. */
    public double valueVariance(int node) {
        int n = visits[node];
        if (n < 2) {
            return 0;
        }
        double mean = valueSum[node] / n;
        return Math.max(0, (valueSquareSum[node] - n * mean * mean) / (n - 1));
    }

    int perspective(int node) {
        return perspective[node];
    }

    byte status(int node) {
        return status[node];
    }

    int inFlight(int node) {
        return inFlight[node];
    }

    int firstChild(int node) {
        return firstChild[node];
    }

    double rawValueSum(int node) {
        return valueSum[node];
    }


    /** Drops every node and starts over with one unexpanded root seen from {@code rootPerspective}. */
    void reset(int rootPerspective) {
        size = 0;
        root = newNode(NONE, -1, 0f, rootPerspective);
    }

    void setPrior(int node, float value) {
        prior[node] = value;
    }

    void markPending(int node) {
        status[node] = PENDING;
    }

    /** Marks an unexpanded node as a finished game worth {@code value} from its perspective player's view. */
    void markTerminal(int node, float value) {
        status[node] = TERMINAL;
        proven[node] = true;
        provenValue[node] = value;
    }

    /** Records that {@code node}'s game-theoretic value is {@code value} from {@code player}'s view. */
    void markProven(int node, int player, double value) {
        proven[node] = true;
        provenValue[node] = (float) (player == perspective[node] ? value : -value);
    }

    /**
     * Expands a pending node: one child per legal action with its prior, seen from {@code mover}'s
     * view, and records the evaluator's {@code value} of the node from {@code mover}'s view.
     */
    void expand(int node, IntList actions, float[] priors, int mover, float value) {
        int n = actions.size();
        ensureCapacity(size + n);
        int first = size;
        for (int i = 0; i < n; i++) {
            newNode(node, actions.getInt(i), priors[i], mover);
        }
        firstChild[node] = first;
        childCount[node] = n;
        toMove[node] = (byte) mover;
        networkValue[node] = perspective[node] == mover ? value : -value;
        status[node] = EXPANDED;
    }

    void addInFlight(int node) {
        inFlight[node]++;
    }

    /** Removes one pending visit from {@code leaf} and each of its ancestors without recording a value. */
    void cancelInFlight(int leaf) {
        for (int n = leaf; n != NONE; n = parent[n]) {
            inFlight[n]--;
        }
    }

    /**
     * Completes one pending visit along the path from {@code leaf} to the root, adding {@code value}
     * (from {@code player}'s view) to each node converted to that node's perspective.
     */
    void backup(int leaf, int player, double value) {
        for (int n = leaf; n != NONE; n = parent[n]) {
            inFlight[n]--;
            visits[n]++;
            valueSum[n] += perspective[n] == player ? value : -value;
            valueSquareSum[n] += value * value;
        }
    }

    /** The child of {@code node} reached by {@code move}, or {@link #NONE}. */
    int childFor(int node, int move) {
        int first = firstChild[node];
        for (int i = 0; i < childCount[node]; i++) {
            if (action[first + i] == move) {
                return first + i;
            }
        }
        return NONE;
    }

    /**
     * Makes {@code newRoot} the root, keeping only its subtree. The subtree is copied into fresh
     * arrays of the old capacity in breadth-first order, so that the next search does not grow
     * them again.
     */
    void reroot(int newRoot) {
        int[] source = new int[size];
        source[0] = newRoot;
        int count = 1;
        for (int i = 0; i < count; i++) {
            int s = source[i];
            if (status[s] == EXPANDED) {
                for (int k = 0; k < childCount[s]; k++) {
                    source[count++] = firstChild[s] + k;
                }
            }
        }
        int[] newIndex = new int[size];
        for (int i = 0; i < count; i++) {
            newIndex[source[i]] = i;
        }
        // The next search grows the kept tree about as much as the last one grew: keep the capacity.
        SearchTree kept = new SearchTree(Math.max(parent.length, 2 * count));
        for (int i = 0; i < count; i++) {
            int s = source[i];
            kept.parent[i] = i == 0 ? NONE : newIndex[parent[s]];
            kept.action[i] = action[s];
            kept.childCount[i] = status[s] == EXPANDED ? childCount[s] : 0;
            kept.firstChild[i] = kept.childCount[i] > 0 ? newIndex[firstChild[s]] : 0;
            kept.visits[i] = visits[s];
            kept.inFlight[i] = inFlight[s];
            kept.prior[i] = prior[s];
            kept.provenValue[i] = provenValue[s];
            kept.networkValue[i] = networkValue[s];
            kept.valueSum[i] = valueSum[s];
            kept.valueSquareSum[i] = valueSquareSum[s];
            kept.proven[i] = proven[s];
            kept.perspective[i] = perspective[s];
            kept.toMove[i] = toMove[s];
            kept.status[i] = status[s];
        }
        parent = kept.parent;
        action = kept.action;
        firstChild = kept.firstChild;
        childCount = kept.childCount;
        visits = kept.visits;
        inFlight = kept.inFlight;
        prior = kept.prior;
        provenValue = kept.provenValue;
        networkValue = kept.networkValue;
        valueSum = kept.valueSum;
        valueSquareSum = kept.valueSquareSum;
        proven = kept.proven;
        perspective = kept.perspective;
        toMove = kept.toMove;
        status = kept.status;
        size = count;
        root = 0;
    }

    private SearchTree(int capacity) {
        allocate(capacity);
    }

    private int newNode(int parentNode, int move, float p, int perspectivePlayer) {
        ensureCapacity(size + 1);
        int n = size++;
        parent[n] = parentNode;
        action[n] = move;
        firstChild[n] = 0;
        childCount[n] = 0;
        visits[n] = 0;
        inFlight[n] = 0;
        prior[n] = p;
        provenValue[n] = 0f;
        networkValue[n] = 0f;
        valueSum[n] = 0;
        valueSquareSum[n] = 0;
        proven[n] = false;
        perspective[n] = (byte) perspectivePlayer;
        toMove[n] = (byte) perspectivePlayer;
        status[n] = UNEXPANDED;
        return n;
    }

    private void allocate(int capacity) {
        parent = new int[capacity];
        action = new int[capacity];
        firstChild = new int[capacity];
        childCount = new int[capacity];
        visits = new int[capacity];
        inFlight = new int[capacity];
        prior = new float[capacity];
        provenValue = new float[capacity];
        networkValue = new float[capacity];
        valueSum = new double[capacity];
        valueSquareSum = new double[capacity];
        proven = new boolean[capacity];
        perspective = new byte[capacity];
        toMove = new byte[capacity];
        status = new byte[capacity];
    }

    private void ensureCapacity(int needed) {
        if (needed <= parent.length) {
            return;
        }
        int capacity = Math.max(needed, 2 * parent.length);
        parent = Arrays.copyOf(parent, capacity);
        action = Arrays.copyOf(action, capacity);
        firstChild = Arrays.copyOf(firstChild, capacity);
        childCount = Arrays.copyOf(childCount, capacity);
        visits = Arrays.copyOf(visits, capacity);
        inFlight = Arrays.copyOf(inFlight, capacity);
        prior = Arrays.copyOf(prior, capacity);
        provenValue = Arrays.copyOf(provenValue, capacity);
        networkValue = Arrays.copyOf(networkValue, capacity);
        valueSum = Arrays.copyOf(valueSum, capacity);
        valueSquareSum = Arrays.copyOf(valueSquareSum, capacity);
        proven = Arrays.copyOf(proven, capacity);
        perspective = Arrays.copyOf(perspective, capacity);
        toMove = Arrays.copyOf(toMove, capacity);
        status = Arrays.copyOf(status, capacity);
    }
}
