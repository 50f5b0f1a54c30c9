package org.epizero.engine.search;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.State;

/**
 * Advances many searches together, one round at a time: each round gathers the pending leaves of
 * every unfinished search (up to {@link SearchConfig#leavesPerRound()} each) into one
 * {@link Evaluator#evaluate} call, then hands each evaluation back to its search. This is how
 * self-play keeps a batching evaluator busy. Counts evaluator calls and evaluated states so the
 * mean batch size can be reported. Not thread-safe.
 */
public final class LockstepSearch {

    private final Evaluator evaluator;
    private long evaluatorCalls;
    private long evaluatedStates;

    /** Batch statistics: evaluator calls and states evaluated so far. */
    public record BatchStats(long evaluatorCalls, long evaluatedStates) {

        /** States per evaluator call; 0 before any call. */
        public double meanBatchSize() {
            return evaluatorCalls == 0 ? 0 : (double) evaluatedStates / evaluatorCalls;
        }
    }

    public LockstepSearch(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Runs one complete search on each of {@code searches} (each begins with
     * {@link Mcts#beginSearch()}) and returns their results in the same order.
     */
    public List<SearchResult> search(List<Mcts> searches) {
        for (Mcts m : searches) {
            m.beginSearch();
        }
        return complete(searches);
    }

    /**
     * Runs each of {@code searches}, already begun (for example with its own budget by
     * {@link Mcts#beginSearch(int, boolean)}), to its end and returns their results in the same order.
     */
    public List<SearchResult> complete(List<Mcts> searches) {
        List<State> batch = new ArrayList<>();
        IntArrayList owners = new IntArrayList();
        boolean unfinished = true;
        while (unfinished) {
            batch.clear();
            owners.clear();
            unfinished = false;
            for (int i = 0; i < searches.size(); i++) {
                Mcts m = searches.get(i);
                int added = m.gatherLeaves(batch, m.config().leavesPerRound());
                for (int k = 0; k < added; k++) {
                    owners.add(i);
                }
                unfinished |= !m.isFinished();
            }
            if (!batch.isEmpty()) {
                evaluateAndComplete(searches, batch, owners);
            }
        }
        List<SearchResult> results = new ArrayList<>(searches.size());
        for (Mcts m : searches) {
            results.add(m.result());
        }
        return results;
    }

    /** Evaluator calls and evaluated states since this driver was made. */
    public BatchStats stats() {
        return new BatchStats(evaluatorCalls, evaluatedStates);
    }

    private void evaluateAndComplete(List<Mcts> searches, List<State> batch, IntArrayList owners) {
        List<Evaluation> evaluations = evaluator.evaluate(batch);
        if (evaluations.size() != batch.size()) {
            throw new IllegalStateException("evaluator returned " + evaluations.size()
                    + " evaluations for " + batch.size() + " states");
        }
        evaluatorCalls++;
        evaluatedStates += batch.size();
        // Leaves of one search were gathered in selection order, which is the order it completes them.
        for (int i = 0; i < batch.size(); i++) {
            searches.get(owners.getInt(i)).expandAndBackup(evaluations.get(i));
        }
    }
}
