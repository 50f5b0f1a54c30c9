package org.epizero.distributed;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.epizero.analysis.estimate.ProgressListener;
import org.epizero.analysis.observer.ObserverThreads;
import org.epizero.analysis.study.MeasurementLog;
import org.epizero.selfplay.epiplexity.LoadedCorpus;
import org.epizero.selfplay.epiplexity.Measurement;

/**
 * One Spark task: runs one measurement on the broadcast corpus and returns it as a line of the
 * measurement log, which the driver appends.
 */
final class MeasureOnExecutor implements Function<Integer, String> {

    private static final long serialVersionUID = 1L;

    private final Measurement measurement;
    private final Broadcast<LoadedCorpus> corpus;
    private final int torchThreads;

    MeasureOnExecutor(Measurement measurement, Broadcast<LoadedCorpus> corpus, int torchThreads) {
        this.measurement = measurement;
        this.corpus = corpus;
        this.torchThreads = torchThreads;
    }

    @Override
    public String call(Integer jobIndex) {
        // libtorch keeps the thread count per thread, and a task thread may have run another task.
        ObserverThreads.useOnThisThread(torchThreads);
        return MeasurementLog.toLine(measurement.run(corpus.value(), ProgressListener.NONE));
    }
}
