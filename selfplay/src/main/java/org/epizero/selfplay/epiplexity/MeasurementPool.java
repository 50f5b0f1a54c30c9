package org.epizero.selfplay.epiplexity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.epizero.analysis.observer.ObserverThreads;

/**
 * Runs a study's measurements side by side on worker threads, sharing the machine's cores between
 * the workers that still have work: with two workers on two cores each trains with one PyTorch
 * thread, and when the queue is empty the last measurement takes both cores at its next step.
 * Two observers with one thread each train about a quarter faster in total than one with two
 * (BENCHMARKS.md). Thread counts only ever rise during a run, so the cores are never oversubscribed.
 */
final class MeasurementPool implements AutoCloseable {

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

    /**
     * Runs every task and returns their results in the tasks' order. A task receives a hook to call
     * between training steps, which hands it the cores that finished workers left. The first
     * failure cancels the tasks not yet started and is rethrown once the running ones end.
     */
    <T> List<T> runAll(List<Function<Runnable, T>> tasks) throws InterruptedException {
        unfinished.set(tasks.size());
        List<Future<T>> futures = new ArrayList<>();
        for (Function<Runnable, T> task : tasks) {
            futures.add(executor.submit(() -> {
                int[] threads = {threadsNow()};
                ObserverThreads.useOnThisThread(threads[0]);
                try {
                    return task.apply(() -> {
                        int now = threadsNow();
                        if (now != threads[0]) {
                            threads[0] = now;
                            ObserverThreads.useOnThisThread(now);
                        }
                    });
                } finally {
                    unfinished.decrementAndGet();
                }
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                results.add(f.get());
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
        return results;
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
