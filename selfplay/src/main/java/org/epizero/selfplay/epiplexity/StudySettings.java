package org.epizero.selfplay.epiplexity;

import java.nio.file.Path;
import java.util.List;
import org.epizero.analysis.estimate.EstimatorKind;

/**
 * What a study measures.
 *
 * @param observers named observer sizes
 * @param estimators the estimators to run
 * @param budgets the sizes of X measured, in scored tokens, ascending (those above what the smallest
 *     fixed-size corpus holds are dropped)
 * @param seeds measurements per corpus, observer and estimator, with seeds 1..seeds
 * @param tokeniser "moves", "board" or "position"
 * @param contextLength observer context; 0 chooses it from the game and tokeniser
 * @param out the (local) output directory; null only until the command has opened it
 * @param quiet whether to hide progress bars
 * @param workers measurements run side by side ({@link MeasurementPool}); at least 1
 */
public record StudySettings(List<String> observers, List<EstimatorKind> estimators, List<Long> budgets, int seeds,
        String tokeniser, int contextLength, Path out, boolean quiet, int workers) {

    public StudySettings {
        observers = List.copyOf(observers);
        estimators = List.copyOf(estimators);
        budgets = budgets.stream().distinct().sorted().toList();
        if (observers.isEmpty() || estimators.isEmpty()) {
            throw new IllegalArgumentException("need at least one observer and one estimator");
        }
        if (budgets.isEmpty() || budgets.get(0) < 1 || seeds < 1 || contextLength < 0 || workers < 1) {
            throw new IllegalArgumentException("--tokens, --seeds and --workers must be at least 1, --context at least 0");
        }
    }

    /** The same settings writing into {@code dir}. */
    public StudySettings withOut(Path dir) {
        return new StudySettings(observers, estimators, budgets, seeds, tokeniser, contextLength, dir, quiet, workers);
    }
}
