package org.epizero.analysis.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.epizero.analysis.observer.ObserverSpec;
import org.junit.jupiter.api.Test;

class EstimatorConfigTest {

    private static final ObserverSpec SPEC = ObserverSpec.named("small", 64);

    private static double steps(long tokens) {
        return (double) tokens / EstimatorConfig.defaultsFor(SPEC, tokens).batchTokens();
    }

    @Test
    void largerBudgetsTakeMoreAndLargerStepsWithinTheBatchBounds() {
        assertEquals(2048, EstimatorConfig.defaultsFor(SPEC, 1_000_000).batchTokens(), "the budget the recipe was tuned at");
        long previousBatch = 0;
        double previousSteps = 0;
        for (long tokens = 100_000; tokens <= 16_000_000; tokens *= 2) {
            int batch = EstimatorConfig.defaultsFor(SPEC, tokens).batchTokens();
            assertTrue(batch >= previousBatch, tokens + ": batch " + batch);
            assertTrue(steps(tokens) >= previousSteps, tokens + ": " + steps(tokens) + " steps");
            previousBatch = batch;
            previousSteps = steps(tokens);
        }
        assertTrue(steps(4_000_000) > 1.5 * steps(1_000_000), "four times the data: more than 1.5 times the steps");
        assertEquals(1024, EstimatorConfig.defaultsFor(SPEC, 20_000).batchTokens(), "small budgets: the smallest batch");
        assertEquals(8192, EstimatorConfig.defaultsFor(SPEC, 100_000_000).batchTokens(), "large budgets: the largest");
    }
}
