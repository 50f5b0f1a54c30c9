package org.epizero.analysis.observer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.epizero.engine.nn.GradMode;

/**
 * Runs an observer's network a few positions at a time for {@code rows} sequences in lock-step,
 * keeping every layer's keys and values ({@link KvCache}), so that decoding {@code n} positions
 * costs {@code n} one-position steps instead of {@code n} full passes. Row {@code r} holds
 * positions {@code 0 .. length()-1} of its own sequence and attends to nothing of another row:
 * what it predicts equals the full forward pass over the same tokens. The network's current
 * parameters are read at every step. Every step's arrays live in a sub-manager that closes with
 * the step. Not thread-safe; use it from the thread that created the observer.
 */
public final class IncrementalDecoder implements AutoCloseable {

    private final DecoderLm network;
    private final ParameterStore store;
    private final NDManager manager;
    private final KvCache cache;
    private final int rows;
    private final int vocabSize;
    private final int contextLength;

    IncrementalDecoder(NDManager parent, DecoderLm network, ParameterStore store, int rows, int vocabSize,
            int contextLength) {
        if (rows < 1) {
            throw new IllegalArgumentException("a decoder needs at least one row, got " + rows);
        }
        this.network = network;
        this.store = store;
        this.manager = parent.newSubManager();
        this.cache = new KvCache(manager, network.depth());
        this.rows = rows;
        this.vocabSize = vocabSize;
        this.contextLength = contextLength;
    }

    public int rows() {
        return rows;
    }

    /** Positions decoded so far in every row. */
    public int length() {
        return cache.length();
    }

    /**
     * Appends {@code count} tokens to every row ({@code tokens} row-major {@code [rows][count]})
     * at the next positions and returns the next-token log-probabilities after the last of them,
     * {@code [rows][V]} row-major.
     *
     * @throws IllegalArgumentException if the rows would exceed the observer's context
     */
    public float[] feed(long[] tokens, int count) {
        return feed(tokens, null, 0, count);
    }

    /**
     * As {@link #feed(long[], int)}, with {@code featuresPerPosition} feature ids beside every
     * token ({@code features} row-major {@code [rows][count][featuresPerPosition]}), for an
     * observer that reads features; {@code features} is null for one that does not.
     */
    public float[] feed(long[] tokens, long[] features, int featuresPerPosition, int count) {
        if (count < 1 || tokens.length != rows * count) {
            throw new IllegalArgumentException("expected " + rows + " x " + count + " tokens, got " + tokens.length);
        }
        if (features != null && features.length != (long) rows * count * featuresPerPosition) {
            throw new IllegalArgumentException("expected " + rows + " x " + count + " x " + featuresPerPosition
                    + " features, got " + features.length);
        }
        int past = cache.length();
        if (past + count > contextLength) {
            throw new IllegalArgumentException(
                    "decoding to " + (past + count) + " positions exceeds context " + contextLength);
        }
        GradMode.disableOnCurrentThread(manager);
        try (NDManager step = manager.newSubManager()) {
            long[] positions = new long[rows * count];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = past + i % count;
            }
            Shape shape = new Shape(rows, count);
            NDArray mask = network.cachedMask(step, past, count);
            NDArray featureIds = features == null ? null
                    : step.create(features, new Shape(rows, count, featuresPerPosition));
            NDArray logits = network.logits(store, step.create(tokens, shape), step.create(positions, shape), featureIds,
                    mask, cache, false);
            cache.advance(count);
            NDArray last = count == 1 ? logits : logits.get(new NDIndex(":, -1, :"));
            return last.logSoftmax(-1).toFloatArray();
        }
    }

    /** Forgets every position: the rows start again at position 0 (a new window). */
    public void reset() {
        cache.clear();
    }

    /** Vocabulary of the log-probabilities {@link #feed} returns. */
    public int vocabSize() {
        return vocabSize;
    }

    /** Arrays the cache holds now: two per layer once anything is decoded. */
    int liveArrays() {
        return manager.getManagedArrays().size();
    }

    @Override
    public void close() {
        manager.close();
    }
}
