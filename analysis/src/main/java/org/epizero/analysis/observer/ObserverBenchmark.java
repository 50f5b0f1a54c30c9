package org.epizero.analysis.observer;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.epizero.analysis.tokens.TokenBatch;

/**
 * Measures observer training throughput (forward, backward and Adam on full rows of random
 * tokens) per named size, as tokens per second and as the rate of floating-point operations the
 * network's matrix products perform ({@link ObserverSpec#forwardFlopsPerPosition}, three times
 * that for a training step), one or several observers at once. Run it alone on the machine: it
 * times wall-clock seconds.
 */
public final class ObserverBenchmark {

    /**
     * One size's figure.
     *
     * @param size the named size
     * @param parameters N
     * @param workers observers trained side by side, each on its own thread
     * @param threadsPerWorker PyTorch threads of each
     * @param tokensPerSecond training positions per second, all workers together
     * @param millisPerStep wall time per step of one worker
     * @param flopsPerSecond matrix-product FLOPs of training per second, all workers together
     */
    public record Figure(String size, long parameters, int workers, int threadsPerWorker, double tokensPerSecond,
            double millisPerStep, double flopsPerSecond) {}

    private ObserverBenchmark() {}

    /**
     * Times {@code steps} training steps (after {@code warmup} untimed ones) of each size, with
     * {@code rows} rows of {@code contextLength} positions per step, on {@code workers} observers
     * trained at once on their own threads (as a study runs its measurements; {@link ObserverThreads}).
     */
    public static List<Figure> run(List<String> sizes, int vocabSize, int contextLength, int rows, int warmup, int steps,
            int workers) throws InterruptedException {
        SplittableRandom random = new SplittableRandom(1);
        List<TokenBatch> batches = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            batches.add(randomBatch(random, vocabSize, contextLength, rows));
        }
        int threads = ObserverThreads.perWorker(workers);
        List<Figure> figures = new ArrayList<>();
        for (String size : sizes) {
            ObserverSpec spec = ObserverSpec.named(size, contextLength);
            // Every worker warms up, then all start together; a worker that fails still counts down,
            // so the timer never waits for it.
            CountDownLatch ready = new CountDownLatch(workers);
            CountDownLatch go = new CountDownLatch(1);
            long[] parameters = new long[1];
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            List<Future<Long>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                long seed = w + 1;
                done.add(pool.submit(() -> {
                    boolean counted = false;
                    ObserverThreads.useOnThisThread(threads);
                    try (NDManager manager = NDManager.newBaseManager();
                            Observer observer = Observer.create(manager, spec, vocabSize, TrainingConfig.scaledFor(spec), seed)) {
                        parameters[0] = observer.parameterCount();
                        for (int i = 0; i < warmup; i++) {
                            observer.trainStep(batches.get(i % batches.size()), false);
                        }
                        ready.countDown();
                        counted = true;
                        go.await();
                        for (int i = 0; i < steps; i++) {
                            observer.trainStep(batches.get(i % batches.size()), false);
                        }
                        return System.nanoTime();
                    } finally {
                        if (!counted) {
                            ready.countDown();
                        }
                    }
                }));
            }
            try {
                ready.await();
                long t0 = System.nanoTime();
                go.countDown();
                long end = t0;
                for (Future<Long> f : done) {
                    end = Math.max(end, f.get());
                }
                double seconds = (end - t0) / 1e9;
                double positions = (double) workers * steps * rows * contextLength;
                figures.add(new Figure(size, parameters[0], workers, threads, positions / seconds, 1000 * seconds / steps,
                        3 * spec.forwardFlopsPerPosition(vocabSize) * positions / seconds));
            } catch (ExecutionException e) {
                throw new IllegalStateException("benchmark worker failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return figures;
    }

    private static TokenBatch randomBatch(SplittableRandom random, int vocab, int length, int rows) {
        int n = rows * length;
        long[] inputs = new long[n];
        long[] targets = new long[n];
        long[] positions = new long[n];
        int[] segments = new int[n];
        float[] mask = new float[n];
        Arrays.fill(mask, 1f);
        for (int k = 0; k < n; k++) {
            inputs[k] = random.nextInt(vocab);
            targets[k] = random.nextInt(vocab);
            positions[k] = k % length;
        }
        return new TokenBatch(inputs, targets, positions, segments, mask, rows, length, n, n);
    }
}
