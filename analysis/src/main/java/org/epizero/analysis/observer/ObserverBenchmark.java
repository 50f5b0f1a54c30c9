package org.epizero.analysis.observer;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.TokenBatch;

/**
 * Measures observer training throughput (forward, backward and Adam on full rows of random
 * tokens) per named size, as tokens per second and as the rate of floating-point operations the
 * network's matrix products perform ({@link ObserverSpec#forwardFlopsPerPosition}, three times
 * that for a training step). Run it alone on the machine: it times wall-clock seconds.
 */
public final class ObserverBenchmark {

    /**
     * One size's figure.
     *
     * @param size the named size
     * @param parameters N
     * @param tokensPerSecond training positions per second
     * @param millisPerStep wall time per step
     * @param flopsPerSecond matrix-product FLOPs of training per second
     */
    public record Figure(String size, long parameters, double tokensPerSecond, double millisPerStep, double flopsPerSecond) {}

    private ObserverBenchmark() {}

    /**
     * Times {@code steps} training steps (after {@code warmup} untimed ones) of each size, with
     * {@code rows} rows of {@code contextLength} positions per step.
     */
    public static List<Figure> run(List<String> sizes, int vocabSize, int contextLength, int rows, int warmup, int steps) {
        Engine.getInstance().setRandomSeed(1);
        SplittableRandom random = new SplittableRandom(1);
        List<TokenBatch> batches = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            batches.add(randomBatch(random, vocabSize, contextLength, rows));
        }
        List<Figure> figures = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            for (String size : sizes) {
                ObserverSpec spec = ObserverSpec.named(size, contextLength);
                try (Observer observer = Observer.create(manager, spec, vocabSize, TrainingConfig.scaledFor(spec))) {
                    for (int i = 0; i < warmup; i++) {
                        observer.trainStep(batches.get(i % batches.size()), false);
                    }
                    long start = System.nanoTime();
                    for (int i = 0; i < steps; i++) {
                        observer.trainStep(batches.get(i % batches.size()), false);
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    double positions = (double) steps * rows * contextLength;
                    figures.add(new Figure(size, observer.parameterCount(), positions / seconds, 1000 * seconds / steps,
                            3 * spec.forwardFlopsPerPosition(vocabSize) * positions / seconds));
                }
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
