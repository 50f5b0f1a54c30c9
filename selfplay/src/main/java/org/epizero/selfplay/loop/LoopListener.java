package org.epizero.selfplay.loop;

import org.epizero.selfplay.run.GenerationMetrics;

/** Hears the progress of a training run (the CLI draws progress bars from it). */
public interface LoopListener {

    /** A phase of a generation starts: {@code total} games to play, steps to train or gating games. */
    default void phaseStarted(int generation, String phase, long total) {
    }

    /** {@code done} of the phase's total are finished. */
    default void progress(long done) {
    }

    /** The current phase is over. */
    default void phaseFinished() {
    }

    /** A generation is complete and checkpointed. */
    default void generationFinished(GenerationMetrics metrics) {
    }

    /** A message worth showing (resume decisions, skipped records). */
    default void note(String message) {
    }
}
