package org.epizero.engine.nn;

/**
 * Counters of an {@link InferenceService} since it started.
 *
 * @param requests positions asked for (single submissions plus every position of batch calls)
 * @param cacheHits requests answered from the cache
 * @param forwardPasses forward passes run
 * @param positionsForwarded positions sent through the network (cache misses, duplicates removed)
 */
public record InferenceStats(long requests, long cacheHits, long forwardPasses, long positionsForwarded) {

    /** Share of requests answered from the cache, in {@code [0, 1]}. */
    public double cacheHitRate() {
        return requests == 0 ? 0 : (double) cacheHits / requests;
    }

    /** Mean number of positions per forward pass. */
    public double meanBatchSize() {
        return forwardPasses == 0 ? 0 : (double) positionsForwarded / forwardPasses;
    }
}
