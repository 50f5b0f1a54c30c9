package org.epizero.distributed;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.epizero.analysis.study.MeasurementLog;
import org.epizero.selfplay.epiplexity.LoadedCorpus;
import org.epizero.selfplay.epiplexity.MeasurementCluster;

/**
 * Epiplexity measurements on Spark: every distinct corpus travels once, as a broadcast, and every
 * measurement is a job of one task, submitted in the study's order, so Spark's FIFO scheduler
 * starts them in that order as executor cores free up. Each result is handed to the study as soon
 * as its job ends; Spark retries a failed task, and a job's result is its one successful attempt,
 * so no measurement is lost or counted twice.
 */
final class SparkMeasurementCluster implements MeasurementCluster {

    private static final long POLL_MILLIS = 200;

    private final JavaSparkContext context;

    SparkMeasurementCluster(JavaSparkContext context) {
        this.context = context;
    }

    @Override
    public void runAll(List<Job> jobs, Events events) throws InterruptedException {
        Map<LoadedCorpus, Broadcast<LoadedCorpus>> shipped = new IdentityHashMap<>();
        List<JavaFutureAction<List<String>>> running = new ArrayList<>();
        int threads = torchThreads();
        try {
            for (int i = 0; i < jobs.size(); i++) {
                Job job = jobs.get(i);
                Broadcast<LoadedCorpus> corpus = shipped.computeIfAbsent(job.corpus(), context::broadcast);
                context.setJobDescription(job.measurement().label(job.corpus().info()));
                running.add(context.parallelize(List.of(i), 1)
                        .map(new MeasureOnExecutor(job.measurement(), corpus, threads))
                        .collectAsync());
            }
            awaitEach(jobs, running, events);
        } finally {
            running.forEach(job -> job.cancel(true));
            shipped.values().forEach(Broadcast::destroy);
        }
    }

    private static void awaitEach(List<Job> jobs, List<JavaFutureAction<List<String>>> running, Events events)
            throws InterruptedException {
        boolean[] reported = new boolean[running.size()];
        int left = running.size();
        while (left > 0) {
            for (int i = 0; i < running.size(); i++) {
                if (reported[i] || !running.get(i).isDone()) {
                    continue;
                }
                try {
                    events.finished(i, MeasurementLog.fromLine(running.get(i).get().get(0)));
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the Spark measurement " + jobs.get(i).measurement().label(jobs.get(i).corpus().info())
                            + " failed: " + e.getCause().getMessage(), e.getCause());
                }
                reported[i] = true;
                left--;
            }
            if (left > 0) {
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    @Override
    public String describe() {
        return "as Spark jobs on " + context.master() + " (" + context.defaultParallelism() + " task slot(s))";
    }

    /**
     * PyTorch threads per measurement: {@value SparkContexts#TORCH_THREADS}, by default
     * {@code spark.task.cpus}, which is what each of a study's side-by-side workers uses here.
     */
    private int torchThreads() {
        return context.getConf().getInt(SparkContexts.TORCH_THREADS, context.getConf().getInt("spark.task.cpus", 1));
    }

    @Override
    public void close() {
        context.close();
    }
}
