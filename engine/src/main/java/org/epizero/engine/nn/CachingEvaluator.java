package org.epizero.engine.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.State;

/**
 * An evaluator with a private cache in front of another one (typically an uncached
 * {@link InferenceService}). Each unit of work that must not depend on what other units asked
 * first, such as one group of self-play games, gets its own: its results and batches are then the
 * same whether it runs alone, beside other groups, or on another machine. Thread-safe.
 */
public final class CachingEvaluator implements Evaluator {

    /** What went through: states asked for, answered by the cache, and calls and states passed on. */
    public record Stats(long requests, long hits, long innerCalls, long innerStates) {
    }

    private final Evaluator inner;
    private final EvaluationCache cache;
    private final LongAdder requests = new LongAdder();
    private final LongAdder hits = new LongAdder();
    private final LongAdder innerCalls = new LongAdder();
    private final LongAdder innerStates = new LongAdder();

    public CachingEvaluator(Evaluator inner, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache capacity must be >= 0, got " + capacity);
        }
        this.inner = inner;
        this.cache = new EvaluationCache(capacity);
    }

    @Override
    public List<Evaluation> evaluate(List<? extends State> states) {
        Evaluation[] results = new Evaluation[states.size()];
        List<State> missing = new ArrayList<>();
        int[] missingAt = new int[states.size()];
        for (int i = 0; i < states.size(); i++) {
            results[i] = cache.get(states.get(i).hash());
            if (results[i] == null) {
                missingAt[missing.size()] = i;
                missing.add(states.get(i));
            }
        }
        requests.add(states.size());
        hits.add(states.size() - missing.size());
        if (!missing.isEmpty()) {
            innerCalls.increment();
            innerStates.add(missing.size());
            List<Evaluation> fresh = inner.evaluate(missing);
            for (int k = 0; k < missing.size(); k++) {
                results[missingAt[k]] = fresh.get(k);
                cache.put(missing.get(k).hash(), fresh.get(k));
            }
        }
        return Arrays.asList(results);
    }

    public Stats stats() {
        return new Stats(requests.sum(), hits.sum(), innerCalls.sum(), innerStates.sum());
    }
}
