package org.epizero.selfplay.epiplexity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.epizero.analysis.observer.ObserverThreads;

/**
 * Runs a study's measurements side by side on worker threads, each training with an equal share
 * of the machine's cores as PyTorch threads: with two workers on two cores, one thread each. Two
 * observers with one thread each train about a quarter faster in total than one with two
 * (BENCHMARKS.md). The share is fixed for the whole study, because an observer's numbers differ
 * in the last bits between thread counts and training amplifies that: a measurement handed the
 * cores a finished worker left, at whatever step the other one finished, gave S differing by up
 * to 11% between two runs of the same study. So the last measurement runs alone on its share, and
 * a study's numbers are the same for the same number of workers on the same machine, however many
 * measurements a resumed run has left.
 */
final class MeasurementPool implements MeasurementRunner, AutoCloseable {

    private final int workers;
    private final ExecutorService executor;

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
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            int index = i;
            Job job = jobs.get(i);
            futures.add(executor.submit(() -> {
                ObserverThreads.useOnThisThread(ObserverThreads.perWorker(workers));
                events.finished(index, job.measurement().run(job.corpus(), events.progress(index)));
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
        return workers + " at a time, " + ObserverThreads.perWorker(workers) + " PyTorch thread(s) each";
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
