package org.epizero.engine.nn;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * Serves network evaluations to many threads through one model-owner thread, which runs one
 * forward pass per batch; no native array ever crosses threads.
 *
 * <ul>
 *   <li>{@link #submit(State)} / {@link #evaluate(State)}: single positions from any number of
 *       threads. The owner gathers up to {@link InferenceConfig#maxBatchSize()} of them, waiting at
 *       most {@link InferenceConfig#maxWait()} after the first.
 *   <li>{@link #evaluate(List)}: a whole batch (for example one position from each of many games
 *       searched in lockstep) goes through in one forward pass at once, with no waiting.
 * </ul>
 *
 * Results are cached by {@link State#hash()} (least recently used evicted), so transpositions and
 * repeated positions cost one lookup. Callers encode their states themselves, so encoding runs in
 * parallel; the owner thread turns gradient recording off and frees each batch's arrays.
 *
 * <p>The service owns the network from construction: nobody else may use it until
 * {@link #close()}, which also closes it. New parameters go in with {@link #loadParameters}.
 */
public final class InferenceService implements Evaluator, AutoCloseable {

    private final PolicyValueNetwork network;
    private final InferenceConfig config;
    private final long maxWaitNanos;
    private final EvaluationCache cache;
    private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final ThreadLocal<StateEncoder> encoders;
    private final Thread owner;
    private final LongAdder requests = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();
    private final LongAdder forwardPasses = new LongAdder();
    private final LongAdder positionsForwarded = new LongAdder();
    private volatile boolean closed;

    public InferenceService(PolicyValueNetwork network, InferenceConfig config) {
        this.network = network;
        this.config = config;
        this.maxWaitNanos = config.maxWait().toNanos();
        this.cache = new EvaluationCache(config.cacheCapacity());
        this.encoders = ThreadLocal.withInitial(() -> new StateEncoder(network.game()));
        this.owner = new Thread(this::serve, "inference-" + network.game().spec().name());
        owner.setDaemon(true);
        owner.start();
    }

    /**
     * The service of the checkpoint in {@code dir} for {@code game}, with the default batching: the
     * one way a saved network is loaded to play.
     *
     * @throws IllegalArgumentException as {@link Checkpoint#load(Path, Game)}
     */
    public static InferenceService ofCheckpoint(Path dir, Game game) {
        return ofCheckpoint(dir, game, InferenceConfig.DEFAULT);
    }

    /** As {@link #ofCheckpoint(Path, Game)}, batching and caching by {@code config}. */
    public static InferenceService ofCheckpoint(Path dir, Game game, InferenceConfig config) {
        return new InferenceService(Checkpoint.load(dir, game), config);
    }

    /** Queues one non-terminal state; the future completes when its batch has run. */
    public CompletableFuture<Evaluation> submit(State state) {
        requests.increment();
        long hash = state.hash();
        Evaluation cached = cache.get(hash);
        if (cached != null) {
            cacheHits.increment();
            return CompletableFuture.completedFuture(cached);
        }
        StateEncoder encoder = encoders.get();
        float[] obs = new float[encoder.observationSize()];
        float[] mask = new float[encoder.numActions()];
        encoder.encode(state, 0, obs, mask);
        Single task = new Single(hash, obs, mask, new CompletableFuture<>());
        enqueue(task, task.result);
        return task.result;
    }

    /** Evaluates one state, blocking until its batch has run. */
    public Evaluation evaluate(State state) {
        return join(submit(state));
    }

    /**
     * Evaluates the states in forward passes of at most {@link InferenceConfig#maxBatchSize()}
     * positions (cache hits and duplicates excluded), without waiting for other requests. A
     * single state instead joins the batch of single requests from other threads, so searches
     * of one game each, run on several threads (match games), still share forward passes.
     */
    @Override
    public List<Evaluation> evaluate(List<? extends State> states) {
        if (states.size() == 1) {
            return List.of(evaluate(states.get(0)));
        }
        int n = states.size();
        requests.add(n);
        Evaluation[] results = new Evaluation[n];
        StateEncoder encoder = encoders.get();
        Long2IntOpenHashMap rowOfHash = new Long2IntOpenHashMap();
        rowOfHash.defaultReturnValue(-1);
        int[] rowOfState = new int[n];
        long[] hashes = new long[n];
        float[] obs = new float[n * encoder.observationSize()];
        float[] masks = new float[n * encoder.numActions()];
        int rows = 0;
        for (int i = 0; i < n; i++) {
            State s = states.get(i);
            long hash = s.hash();
            Evaluation cached = cache.get(hash);
            if (cached != null) {
                cacheHits.increment();
                results[i] = cached;
                rowOfState[i] = -1;
                continue;
            }
            int row = rowOfHash.get(hash);
            if (row < 0) {
                row = rows++;
                rowOfHash.put(hash, row);
                hashes[row] = hash;
                encoder.encode(s, row, obs, masks);
            }
            rowOfState[i] = row;
        }
        int chunk = config.maxBatchSize();
        int obsSize = encoder.observationSize();
        int maskSize = encoder.numActions();
        for (int first = 0; first < rows; first += chunk) {
            int count = Math.min(chunk, rows - first);
            int end = first + count;
            Batch task = new Batch(Arrays.copyOfRange(hashes, first, end), Arrays.copyOfRange(obs, first * obsSize, end * obsSize),
                    Arrays.copyOfRange(masks, first * maskSize, end * maskSize), count, new CompletableFuture<>());
            enqueue(task, task.result);
            Predictions p = join(task.result);
            for (int i = 0; i < n; i++) {
                int row = rowOfState[i];
                if (row >= first && row < end) {
                    results[i] = p.evaluation(row - first);
                }
            }
        }
        return Arrays.asList(results);
    }

    /**
     * Replaces the network's parameters between two batches (bytes from
     * {@link PolicyValueNetwork#parameters()} of a network of the same shape) and empties the
     * cache; requests queued after this call see the new parameters.
     */
    public CompletableFuture<Void> loadParameters(byte[] parameters) {
        byte[] copy = parameters.clone();
        Control task = new Control(() -> {
            network.loadParameters(copy);
            cache.clear();
        }, new CompletableFuture<>());
        enqueue(task, task.done);
        return task.done;
    }

    /** A snapshot of the counters. */
    public InferenceStats stats() {
        return new InferenceStats(requests.sum(), cacheHits.sum(), forwardPasses.sum(), positionsForwarded.sum());
    }

    public InferenceConfig config() {
        return config;
    }

    /** Finishes queued work, stops the owner thread and closes the network. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(Shutdown.INSTANCE);
        boolean interrupted = false;
        while (owner.isAlive()) {
            try {
                owner.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        failAll(queue);
        network.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void enqueue(Task task, CompletableFuture<?> result) {
        if (closed) {
            throw new IllegalStateException("inference service is closed");
        }
        queue.add(task);
        // close() may have drained the queue between the check and the add.
        if (closed && queue.remove(task)) {
            result.completeExceptionally(new CancellationException("inference service closed"));
        }
    }

    private void serve() {
        GradMode.disableOnCurrentThread(network.model().getNDManager());
        List<Single> pending = new ArrayList<>(config.maxBatchSize());
        try {
            while (true) {
                Task task = queue.take();
                if (task instanceof Single single) {
                    pending.add(single);
                    task = gatherSingles(pending);
                    runSingles(pending);
                    pending.clear();
                    if (task == null) {
                        continue;
                    }
                }
                if (task == Shutdown.INSTANCE) {
                    return;
                }
                run(task);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adds single requests to {@code pending} until full or the wait is over; returns a non-single task met on the way. */
    private Task gatherSingles(List<Single> pending) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitNanos;
        while (pending.size() < config.maxBatchSize()) {
            long left = deadline - System.nanoTime();
            Task next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
            if (next == null) {
                return null;
            }
            if (!(next instanceof Single single)) {
                return next;
            }
            pending.add(single);
        }
        return null;
    }

    private void runSingles(List<Single> pending) {
        int obsSize = network.game().observationShape().size();
        int actions = network.game().numDistinctActions();
        Long2IntOpenHashMap rowOfHash = new Long2IntOpenHashMap();
        rowOfHash.defaultReturnValue(-1);
        int[] rowOfRequest = new int[pending.size()];
        float[] obs = new float[pending.size() * obsSize];
        float[] masks = new float[pending.size() * actions];
        int rows = 0;
        for (int i = 0; i < pending.size(); i++) {
            Single s = pending.get(i);
            int row = rowOfHash.get(s.hash);
            if (row < 0) {
                row = rows++;
                rowOfHash.put(s.hash, row);
                System.arraycopy(s.observation, 0, obs, row * obsSize, obsSize);
                System.arraycopy(s.legalMask, 0, masks, row * actions, actions);
            }
            rowOfRequest[i] = row;
        }
        try {
            Predictions p = forward(obs, masks, rows);
            for (int i = 0; i < pending.size(); i++) {
                Single s = pending.get(i);
                Evaluation e = p.evaluation(rowOfRequest[i]);
                cache.put(s.hash, e);
                s.result.complete(e);
            }
        } catch (RuntimeException e) {
            for (Single s : pending) {
                s.result.completeExceptionally(e);
            }
        }
    }

    private void run(Task task) {
        if (task instanceof Batch b) {
            try {
                Predictions p = forward(b.observations, b.legalMasks, b.rows);
                for (int r = 0; r < b.rows; r++) {
                    cache.put(b.hashes[r], p.evaluation(r));
                }
                b.result.complete(p);
            } catch (RuntimeException e) {
                b.result.completeExceptionally(e);
            }
        } else if (task instanceof Control c) {
            try {
                c.action.run();
                c.done.complete(null);
            } catch (RuntimeException e) {
                c.done.completeExceptionally(e);
            }
        }
    }

    private Predictions forward(float[] obs, float[] masks, int rows) {
        Predictions p = network.forward(obs, masks, rows);
        forwardPasses.increment();
        positionsForwarded.add(rows);
        return p;
    }

    private static void failAll(BlockingQueue<Task> queue) {
        List<Task> left = new ArrayList<>();
        queue.drainTo(left);
        CancellationException closed = new CancellationException("inference service closed");
        for (Task t : left) {
            if (t instanceof Single s) {
                s.result.completeExceptionally(closed);
            } else if (t instanceof Batch b) {
                b.result.completeExceptionally(closed);
            } else if (t instanceof Control c) {
                c.done.completeExceptionally(closed);
            }
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private sealed interface Task permits Single, Batch, Control, Shutdown {
    }

    private record Single(long hash, float[] observation, float[] legalMask, CompletableFuture<Evaluation> result) implements Task {
    }

    private record Batch(long[] hashes, float[] observations, float[] legalMasks, int rows, CompletableFuture<Predictions> result) implements Task {
    }

    private record Control(Runnable action, CompletableFuture<Void> done) implements Task {
    }

    private enum Shutdown implements Task {
        INSTANCE
    }
}
