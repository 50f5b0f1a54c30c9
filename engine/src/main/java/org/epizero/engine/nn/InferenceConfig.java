package org.epizero.engine.nn;

import java.time.Duration;

/**
 * Batching and caching of {@link InferenceService}.
 *
 * @param maxBatchSize most single-position requests gathered into one forward pass
 * @param maxWait longest time the first request of a batch waits for more to arrive
 * @param cacheCapacity evaluations kept, keyed by state hash, least recently used evicted first; 0 disables the cache
 */
public record InferenceConfig(int maxBatchSize, Duration maxWait, int cacheCapacity) {

    /** Batches of up to 64, 500 microseconds of waiting, 100,000 cached evaluations. */
    public static final InferenceConfig DEFAULT = new InferenceConfig(64, Duration.ofNanos(500_000), 100_000);

    public InferenceConfig {
        if (maxBatchSize < 1 || maxWait.isNegative() || cacheCapacity < 0) {
            throw new IllegalArgumentException("need maxBatchSize >= 1, maxWait >= 0, cacheCapacity >= 0");
        }
    }

    public InferenceConfig withCacheCapacity(int capacity) {
        return new InferenceConfig(maxBatchSize, maxWait, capacity);
    }

    public InferenceConfig withMaxBatchSize(int size) {
        return new InferenceConfig(size, maxWait, cacheCapacity);
    }
}
