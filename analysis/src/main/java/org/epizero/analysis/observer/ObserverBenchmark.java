package org.epizero.analysis.observer;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.TokenBatch;

/**
 * Measures observer training throughput (tokens per second through forward, backward and Adam) for
 * each named size, on random tokens. Run it alone on the machine: it times wall-clock seconds.
 */
public final class ObserverBenchmark {

    /**
     * One size's figure.
     *
     * @param size the named size
     * @param parameters N
     * @param tokensPerSecond training positions per second
     * @param millisPerStep wall time per step
     */
    public record Figure(String size, long parameters, double tokensPerSecond, double millisPerStep) {}

    private ObserverBenchmark() {}

    /** Times {@code steps} training steps (after {@code warmup} untimed ones) per named size. */
    public static List<Figure> run(int vocabSize, int contextLength, int batchSize, int warmup, int steps) {
        Engine.getInstance().setRandomSeed(1);
        SplittableRandom random = new SplittableRandom(1);
        List<TokenBatch> batches = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            batches.add(randomBatch(random, vocabSize, contextLength, batchSize));
        }
        List<Figure> figures = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            for (String size : ObserverSpec.NAMED_SIZES) {
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
                    figures.add(new Figure(size, observer.parameterCount(),
                            (double) steps * batchSize * contextLength / seconds, 1000 * seconds / steps));
                }
            }
        }
        return figures;
    }

    private static TokenBatch randomBatch(SplittableRandom random, int vocab, int length, int rows) {
        int n = rows * length;
        long[] inputs = new long[n];
        long[] targets = new long[n];
        float[] mask = new float[n];
        for (int k = 0; k < n; k++) {
            inputs[k] = random.nextInt(vocab);
            targets[k] = random.nextInt(vocab);
            mask[k] = 1f;
        }
        return new TokenBatch(inputs, targets, mask, rows, length, n, n);
    }

    /** Prints a table: {@code [vocab [context [batch [steps]]]]}, defaults 64, 64, 16, 40. */
    public static void main(String[] args) {
        int vocab = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int context = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        System.out.printf(Locale.ROOT, "observer training, vocab %d, context %d, batch %d, %d timed steps%n", vocab, context, batch, steps);
        System.out.printf(Locale.ROOT, "%-8s %12s %14s %10s%n", "size", "parameters", "tokens/s", "ms/step");
        for (Figure f : run(vocab, context, batch, 5, steps)) {
            System.out.printf(Locale.ROOT, "%-8s %12d %14.0f %10.1f%n", f.size(), f.parameters(), f.tokensPerSecond(), f.millisPerStep());
        }
    }
}
