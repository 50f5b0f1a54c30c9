package org.epizero.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.epizero.engine.eval.Evaluation;
import org.junit.jupiter.api.Test;

class EvaluationCacheTest {

    @Test
    void evictsTheLeastRecentlyUsedEntry() {
        EvaluationCache cache = new EvaluationCache(2);
        cache.put(1, new Evaluation(new float[] {1f}, 0.1f));
        cache.put(2, new Evaluation(new float[] {1f}, 0.2f));
        assertNotNull(cache.get(1), "reading 1 makes 2 the oldest");
        cache.put(3, new Evaluation(new float[] {1f}, 0.3f));
        assertNull(cache.get(2));
        assertEquals(0.1f, cache.get(1).value());
        assertEquals(0.3f, cache.get(3).value());
        assertEquals(2, cache.size());
    }

    @Test
    void capacityZeroStoresNothing() {
        EvaluationCache cache = new EvaluationCache(0);
        cache.put(1, new Evaluation(new float[] {1f}, 0f));
        assertNull(cache.get(1));
    }
}
