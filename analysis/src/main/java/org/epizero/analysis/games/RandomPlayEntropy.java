package org.epizero.analysis.games;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * The entropy per game of the bare rules: {@code E[sum over moves of log2(legal moves)]} when
 * every move is chosen uniformly among the legal ones, the exact code length per game that an
 * observer of a bare-rules corpus is compared with. Computed exactly by walking the whole game
 * tree when it is small enough, otherwise estimated from seeded random games.
 *
 * <p>The walk visits every move sequence, not every distinct position: positions reached by
 * different sequences are expanded again rather than merged by hash, because a hash match does not
 * prove that two states have the same future (a collision, or history the hash leaves out, would
 * silently change the result).
 *
 * @param meanBits the entropy in bits per game (exact, or the sample mean)
 * @param standardError the standard error of {@code meanBits}; 0 when exact
 * @param exact whether the whole game tree was walked
 * @param games games counted: every distinct move sequence when exact, else the games sampled
 * @param meanMoves expected moves per game (exact, or the sample mean)
 */
public record RandomPlayEntropy(double meanBits, double standardError, boolean exact, long games, double meanMoves) {

    /**
     * Nodes the exact walk may visit before it gives up: tic-tac-toe needs 549,946, and a larger
     * budget mostly delays the fall back to sampling for games that never fit.
     */
    public static final long DEFAULT_MAX_NODES = 1_000_000;

    private static final double LN_2 = Math.log(2);

    /**
     * Exact when the game tree of {@code game} has at most {@code maxNodes} nodes, otherwise a
     * Monte Carlo estimate from {@code games} random games drawn from {@code seed}.
     */
    public static RandomPlayEntropy of(Game game, long maxNodes, int games, long seed) {
        return exact(game.newInitialState(), maxNodes).orElseGet(() -> monteCarlo(game.newInitialState(), games, seed));
    }

    /**
     * The exact entropy of the rest of the game from {@code from} (moves already played cost
     * nothing), or empty when the tree below it has more than {@code maxNodes} nodes.
     * {@code from} is not changed.
     */
    public static Optional<RandomPlayEntropy> exact(State from, long maxNodes) {
        Walk walk = new Walk(maxNodes);
        Expectation e = walk.expected(from.copy(), 0);
        return e == null ? Optional.empty() : Optional.of(new RandomPlayEntropy(e.bits, 0, true, walk.games, e.moves));
    }

    /**
     * The entropy of the rest of the game from {@code from}, estimated from {@code games} (at least
     * 2) uniformly random continuations drawn from {@code seed}; {@code from} is not changed.
     */
    public static RandomPlayEntropy monteCarlo(State from, int games, long seed) {
        if (games < 2) {
            throw new IllegalArgumentException("a standard error needs at least 2 games, got " + games);
        }
        SplittableRandom random = new SplittableRandom(seed);
        IntList legal = new IntArrayList();
        // Welford's running mean and squared deviations: stable for long Go games.
        double mean = 0;
        double squares = 0;
        long moves = 0;
        for (int g = 0; g < games; g++) {
            State state = from.copy();
            double nats = 0;
            while (!state.isTerminal()) {
                state.legalActions(legal);
                nats += Math.log(legal.size());
                state.apply(legal.getInt(random.nextInt(legal.size())));
                moves++;
            }
            double bits = nats / LN_2;
            double delta = bits - mean;
            mean += delta / (g + 1);
            squares += delta * (bits - mean);
        }
        double standardError = Math.sqrt(squares / (games - 1) / games);
        return new RandomPlayEntropy(mean, standardError, false, games, (double) moves / games);
    }

    private record Expectation(double bits, double moves) {
    }

    /** One exhaustive walk with its node budget; one legal-move list per depth so the walk does not allocate them. */
    private static final class Walk {
        private final long maxNodes;
        private final List<IntList> legalAtDepth = new ArrayList<>();
        private long nodes;
        private long games;

        Walk(long maxNodes) {
            this.maxNodes = maxNodes;
        }

        /** Expected bits and moves from {@code state} to the end, or null once the budget is spent. */
        Expectation expected(State state, int depth) {
            if (++nodes > maxNodes) {
                return null;
            }
            if (state.isTerminal()) {
                games++;
                return new Expectation(0, 0);
            }
            if (legalAtDepth.size() == depth) {
                legalAtDepth.add(new IntArrayList());
            }
            IntList legal = legalAtDepth.get(depth);
            state.legalActions(legal);
            int n = legal.size();
            double bits = 0;
            double moves = 0;
            for (int i = 0; i < n; i++) {
                State child = state.copy();
                child.apply(legal.getInt(i));
                Expectation e = expected(child, depth + 1);
                if (e == null) {
                    return null;
                }
                bits += e.bits;
                moves += e.moves;
            }
            return new Expectation(Math.log(n) / LN_2 + bits / n, 1 + moves / n);
        }
    }
}
