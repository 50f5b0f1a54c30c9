package org.epizero.engine.nn;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * Raw forward-pass throughput of a {@link PolicyValueNetwork} on a game's shapes: encoded
 * positions in, masked priors and values copied back to Java out (encoding and batching
 * excluded). The positions come from random play, so masks are realistic.
 */
public final class ForwardBenchmark {

    /**
     * Throughput at one batch size.
     *
     * @param batchSize positions per forward pass
     * @param forwardPasses timed passes
     * @param millisPerBatch mean wall time of one pass
     * @param positionsPerSecond {@code batchSize / millisPerBatch * 1000}
     */
    public record Result(int batchSize, int forwardPasses, double millisPerBatch, double positionsPerSecond) {
    }

    private ForwardBenchmark() {
    }

    /**
     * Times forward passes of a fresh {@code config} network for {@code game} at each batch size,
     * for about {@code millisPerSize} each after a short warm-up.
     */
    public static List<Result> run(Game game, NetworkConfig config, int[] batchSizes, long millisPerSize, long seed) {
        List<Result> results = new ArrayList<>();
        try (PolicyValueNetwork network = PolicyValueNetwork.create(game, config)) {
            StateEncoder encoder = new StateEncoder(game);
            SplittableRandom random = new SplittableRandom(seed);
            for (int batch : batchSizes) {
                float[] obs = new float[batch * encoder.observationSize()];
                float[] masks = new float[batch * encoder.numActions()];
                for (int i = 0; i < batch; i++) {
                    encoder.encode(randomPosition(game, random), i, obs, masks);
                }
                for (int i = 0; i < 3; i++) {
                    network.forward(obs, masks, batch);
                }
                long start = System.nanoTime();
                long end = start + millisPerSize * 1_000_000L;
                int passes = 0;
                long now;
                do {
                    network.forward(obs, masks, batch);
                    passes++;
                    now = System.nanoTime();
                } while (now < end || passes < 3);
                double ms = (now - start) / 1e6 / passes;
                results.add(new Result(batch, passes, ms, batch * 1000.0 / ms));
            }
        }
        return results;
    }

    /** A table of the results, one line per batch size. */
    public static String format(List<Result> results) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%6s %8s %12s %14s%n", "batch", "passes", "ms/batch", "positions/s"));
        for (Result r : results) {
            sb.append(String.format(Locale.ROOT, "%6d %8d %12.3f %14.0f%n", r.batchSize(), r.forwardPasses(), r.millisPerBatch(), r.positionsPerSecond()));
        }
        return sb.toString();
    }

    /** A non-terminal position after a random number of random moves from the start. */
    private static State randomPosition(Game game, SplittableRandom random) {
        IntArrayList legal = new IntArrayList();
        while (true) {
            State s = game.newInitialState();
            int moves = random.nextInt(game.maxGameLength());
            for (int m = 0; m < moves && !s.isTerminal(); m++) {
                s.legalActions(legal);
                s.apply(legal.getInt(random.nextInt(legal.size())));
            }
            if (!s.isTerminal()) {
                return s;
            }
        }
    }
}
