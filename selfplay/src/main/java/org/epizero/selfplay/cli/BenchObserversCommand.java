package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.epizero.analysis.observer.ObserverBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Observer training throughput per named size. */
@Command(name = "observers", description = "Training tokens per second of each named observer size (random tokens).")
final class BenchObserversCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--vocab", defaultValue = "14", description = "vocabulary size (default ${DEFAULT-VALUE}: tic-tac-toe moves)")
    int vocab;

    @Option(names = "--context", defaultValue = "64", description = "context length (default ${DEFAULT-VALUE})")
    int context;

    @Option(names = "--batch", defaultValue = "16", description = "windows per step (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--steps", defaultValue = "40", description = "timed steps per size (default ${DEFAULT-VALUE})")
    int steps;

    @Override
    public Integer call() {
        if (vocab < 2 || context < 1 || batch < 1 || steps < 1) {
            throw new IllegalArgumentException("--vocab must be at least 2 and --context, --batch, --steps at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("observer training, vocab %d, context %d, batch %d, %d timed steps%n", vocab, context, batch, steps);
        out.printf("%-8s %12s %14s %10s%n", "size", "parameters", "tokens/s", "ms/step");
        for (ObserverBenchmark.Figure f : ObserverBenchmark.run(vocab, context, batch, 5, steps)) {
            out.printf("%-8s %12d %14.0f %10.1f%n", f.size(), f.parameters(), f.tokensPerSecond(), f.millisPerStep());
        }
        out.flush();
        return 0;
    }
}
