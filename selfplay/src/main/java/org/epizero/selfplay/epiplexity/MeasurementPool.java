package org.epizero.selfplay.epiplexity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.epizero.analysis.estimate.ProgressListener;
import org.epizero.analysis.observer.ObserverThreads;
import org.epizero.analysis.study.Measured;

/**
 * Runs a study's measurements side by side on worker threads, sharing the machine's cores between
 * the workers that still have work: with two workers on two cores each trains with one PyTorch
 * thread, and when the queue is empty the last measurement takes both cores at its next step.
 * Two observers with one thread each train about a quarter faster in total than one with two
 * (BENCHMARKS.md). Thread counts only ever rise during a run, so the cores are never oversubscribed.
 */
final class MeasurementPool implements MeasurementRunner, AutoCloseable {

    private final int workers;
    private final ExecutorService executor;
    private final AtomicInteger unfinished = new AtomicInteger();

    MeasurementPool(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.workers = workers;
        AtomicInteger names = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "measurement-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void runAll(List<Job> jobs, Events events) throws InterruptedException {
        unfinished.set(jobs.size());
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            int index = i;
            Job job = jobs.get(i);
            futures.add(executor.submit(() -> {
                int[] threads = {threadsNow()};
                ObserverThreads.useOnThisThread(threads[0]);
                ProgressListener progress = events.progress(index);
                Measured m;
                try {
                    m = job.measurement().run(job.corpus(), step -> {
                        // Between steps: take the cores that finished workers left.
                        int now = threadsNow();
                        if (now != threads[0]) {
                            threads[0] = now;
                            ObserverThreads.useOnThisThread(now);
                        }
                        progress.onProgress(step);
                    });
                } finally {
                    unfinished.decrementAndGet();
                }
                events.finished(index, m);
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                futures.forEach(other -> other.cancel(false));
                executor.shutdown();
                executor.awaitTermination(1, TimeUnit.DAYS);
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    @Override
    public String describe() {
        return workers + " at a time";
    }

    /** PyTorch threads per worker while {@code unfinished} measurements remain. */
    private int threadsNow() {
        return ObserverThreads.perWorker(Math.min(workers, Math.max(1, unfinished.get())));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
