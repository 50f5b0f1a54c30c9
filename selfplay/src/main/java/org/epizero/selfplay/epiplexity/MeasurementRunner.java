package org.epizero.selfplay.epiplexity;

import java.util.List;
import org.epizero.analysis.estimate.ProgressListener;
import org.epizero.analysis.study.Measured;

/**
 * Runs a study's measurements: on worker threads of this process ({@link MeasurementPool}) or on a
 * cluster ({@link MeasurementCluster}). Jobs start in the order given, as far as there is room,
 * and every finished one is reported at once, so that the study logs it while the others run.
 */
public interface MeasurementRunner {

    /** A measurement and the corpus it measures. */
    record Job(Measurement measurement, LoadedCorpus corpus) {
    }

    /** What the study hears while the jobs run, by a job's index in the list. */
    interface Events {

        /** Where to report the training steps of job {@code index} (a runner may report none). */
        ProgressListener progress(int index);

        /** Job {@code index} is complete; may be called from several of the runner's threads at once. */
        void finished(int index, Measured measured);
    }

    /**
     * Runs every job and returns when all have finished. The first failure stops the others and is
     * rethrown; every job that finished before was reported, so a later run measures only the rest.
     */
    void runAll(List<Job> jobs, Events events) throws InterruptedException;

    /** Where the runner runs, for the study's messages: "4 at a time", "on spark://host:7077". */
    String describe();
}
