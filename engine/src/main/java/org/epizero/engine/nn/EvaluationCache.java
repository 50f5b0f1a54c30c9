package org.epizero.engine.nn;

import it.unimi.dsi.fastutil.longs.Long2ObjectLinkedOpenHashMap;
import org.epizero.engine.eval.Evaluation;

/**
 * A bounded least-recently-used map from state hash to evaluation. Thread-safe (one lock; the
 * critical sections are a hash lookup). Callers get their own copy of the priors, so nothing
 * they do can change a cached entry.
 */
final class EvaluationCache {

    private final int capacity;
    private final Long2ObjectLinkedOpenHashMap<Evaluation> entries;

    EvaluationCache(int capacity) {
        this.capacity = capacity;
        this.entries = new Long2ObjectLinkedOpenHashMap<>(Math.min(capacity, 1 << 16));
    }

    /** A copy of the cached evaluation for {@code hash}, or null; a hit becomes most recent. */
    Evaluation get(long hash) {
        if (capacity == 0) {
            return null;
        }
        Evaluation e;
        synchronized (this) {
            e = entries.getAndMoveToLast(hash);
        }
        return e == null ? null : new Evaluation(e.priors().clone(), e.value());
    }

    /** Stores a private copy of {@code evaluation}, evicting the least recently used entry when full. */
    void put(long hash, Evaluation evaluation) {
        if (capacity == 0) {
            return;
        }
        Evaluation copy = new Evaluation(evaluation.priors().clone(), evaluation.value());
        synchronized (this) {
            entries.putAndMoveToLast(hash, copy);
            if (entries.size() > capacity) {
                entries.removeFirst();
            }
        }
    }

    synchronized void clear() {
        entries.clear();
    }

    synchronized int size() {
        return entries.size();
    }
}
