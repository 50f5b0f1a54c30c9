package org.epizero.selfplay.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.epizero.selfplay.loop.LoopListener;
import org.epizero.selfplay.run.GenerationMetrics;
import org.epizero.selfplay.run.WorkingCopy;

/**
 * Passes a training run's events on and publishes its working copy after each checkpointed
 * generation, so a run directory on another file system is never more than a generation behind.
 */
final class PublishEachGeneration implements LoopListener {

    private final LoopListener next;
    private final WorkingCopy copy;

    PublishEachGeneration(LoopListener next, WorkingCopy copy) {
        this.next = next;
        this.copy = copy;
    }

    @Override
    public void phaseStarted(int generation, String phase, long total) {
        next.phaseStarted(generation, phase, total);
    }

    @Override
    public void progress(long done) {
        next.progress(done);
    }

    @Override
    public void phaseFinished() {
        next.phaseFinished();
    }

    @Override
    public void generationFinished(GenerationMetrics metrics) {
        next.generationFinished(metrics);
        try {
            copy.publish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not publish the run to " + copy.location(), e);
        }
    }

    @Override
    public void note(String message) {
        next.note(message);
    }
}
