package org.epizero.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchBenchmarkTest {

    @Test
    void lockstepBenchmarkBatchesAcrossGames() {
        SearchConfig config = SearchConfig.defaults().withSimulations(40);
        SearchBenchmark.Throughput t = SearchBenchmark.lockstep(new PairMoveNim(15), new HashValueEvaluator(), config,
                8, Duration.ofMillis(20), Duration.ofMillis(100), 1);
        assertEquals(8, t.games());
        assertTrue(t.simulations() >= 8 * 40, "at least one move per game: " + t);
        assertTrue(t.meanBatchSize() > 1 && t.meanBatchSize() <= 8, t.toString());
        assertTrue(t.evaluatedStates() <= t.simulations(), "more evaluations than simulations: " + t);
    }

    @Test
    void rolloutBenchmarkRunsOneGame() {
        SearchBenchmark.Throughput t = SearchBenchmark.rollouts(new PairMoveNim(15), 50,
                Duration.ofMillis(20), Duration.ofMillis(100), 2);
        assertEquals(1, t.games());
        assertTrue(t.simulationsPerSecond() > 0, t.toString());
        assertTrue(t.meanBatchSize() <= 1, t.toString());
    }
}
