package org.epizero.engine.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.game.State;
import org.junit.jupiter.api.Test;

class LockstepSearchTest {

    @Test
    void lockstepSearchesEqualSeparateSearchesAndBatchAllGames() {
        SearchConfig config = SearchConfig.defaults().withSimulations(120);
        HashValueEvaluator evaluator = new HashValueEvaluator();
        int games = 6;
        List<Mcts> together = new ArrayList<>();
        List<SearchResult> alone = new ArrayList<>();
        for (int g = 0; g < games; g++) {
            State start = new PairMoveNim(12 + g).newInitialState();
            together.add(new Mcts(start, config, 100 + g));
            alone.add(new Mcts(start, config, 100 + g).search(evaluator));
        }
        LockstepSearch driver = new LockstepSearch(evaluator);
        List<SearchResult> results = driver.search(together);
        for (int g = 0; g < games; g++) {
            assertArrayEquals(alone.get(g).visitCounts(), results.get(g).visitCounts(), "game " + g);
            assertEquals(alone.get(g).rootValue(), results.get(g).rootValue(), 1e-12);
            assertEquals(alone.get(g).action(), results.get(g).action());
        }
        LockstepSearch.BatchStats stats = driver.stats();
        long evaluated = 0;
        for (Mcts m : together) {
            evaluated += countExpanded(m.tree());
        }
        assertEquals(evaluated, stats.evaluatedStates(), "one evaluation per expanded node");
        assertEquals(stats.evaluatedStates(), stats.meanBatchSize() * stats.evaluatorCalls(), 1e-9);
        // Rounds end once the longest search is done; terminal walks need no evaluation.
        assertTrue(stats.meanBatchSize() > games / 2.0, "batches too small: " + stats.meanBatchSize());
    }

    @Test
    void severalLeavesPerRoundFillLargerBatches() {
        SearchConfig config = SearchConfig.defaults().withSimulations(200).withLeavesPerRound(8);
        LockstepSearch driver = new LockstepSearch(new HashValueEvaluator());
        Mcts search = new Mcts(new PairMoveNim(30).newInitialState(), config, 9);
        SearchResult r = driver.search(List.of(search)).get(0);
        assertEquals(200, r.simulations());
        assertEquals(200, search.tree().visits(search.tree().root()));
        assertTrue(driver.stats().meanBatchSize() > 3, "mean batch " + driver.stats().meanBatchSize());
    }

    private static long countExpanded(SearchTree tree) {
        long n = 0;
        for (int i = 0; i < tree.size(); i++) {
            if (tree.isExpanded(i)) {
                n++;
            }
        }
        return n;
    }
}
