package org.epizero.analysis.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.epizero.analysis.observer.ObserverSpec;
import org.junit.jupiter.api.Test;

class EstimatorConfigTest {

    @Test
    void theDefaultBatchGivesAboutFiveHundredStepsWithinItsBounds() {
        ObserverSpec spec = ObserverSpec.named("small", 64);
        for (long tokens : new long[] {600_000, 1_000_000, 2_000_000}) {
            double steps = (double) tokens / EstimatorConfig.defaultsFor(spec, tokens).batchTokens();
            assertTrue(steps > 500 / Math.sqrt(2) && steps < 500 * Math.sqrt(2), tokens + " tokens: " + steps + " steps");
        }
        assertEquals(1024, EstimatorConfig.defaultsFor(spec, 20_000).batchTokens(), "small budgets: the smallest batch");
        assertEquals(8192, EstimatorConfig.defaultsFor(spec, 100_000_000).batchTokens(), "large budgets: the largest");
        assertEquals(2048, EstimatorConfig.defaultsFor(spec, 1_000_000).batchTokens(), "the calibrated 1 M-token runs");
    }
}
