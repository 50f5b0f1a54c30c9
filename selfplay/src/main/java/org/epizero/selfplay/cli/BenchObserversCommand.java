package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.analysis.observer.CpuPeak;
import org.epizero.analysis.observer.ObserverBenchmark;
import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.observer.ObserverThreads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Observer training throughput per named size, against the CPU's peak floating-point rate. */
@Command(name = "observers", description = {"Training throughput of each named observer size on random tokens: tokens/s, the FLOP/s of its"
            + " matrix products, and their share of the CPU's peak FP32 rate (cores x clock x FLOPs/cycle of the"
            + " widest vector instruction set found). By default one observer per core trains at once, each with"
            + " one PyTorch thread, as the epiplexity commands run their measurements. Run it alone on the machine."})
final class BenchObserversCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "tiny,small,medium,large,xl",
            description = "observer sizes (default ${DEFAULT-VALUE})")
    List<String> sizes;

    @Option(names = "--vocab", defaultValue = "14", description = "vocabulary size (default ${DEFAULT-VALUE}: tic-tac-toe moves)")
    int vocab;

    @Option(names = "--context", defaultValue = "64", description = "context length (default ${DEFAULT-VALUE})")
    int context;

    @Option(names = "--batch-tokens", defaultValue = "4096",
            description = "positions per step, in rows of --context (default ${DEFAULT-VALUE})")
    int batchTokens;

    @Option(names = "--steps", defaultValue = "20", description = "timed steps per size (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--workers", defaultValue = "0",
            description = "observers trained side by side, sharing the cores, as a study runs them; 0: one per core"
                    + " (default ${DEFAULT-VALUE})")
    int workers;

    @Override
    public Integer call() throws InterruptedException {
        if (vocab < 2 || context < 1 || batchTokens < 1 || steps < 1) {
            throw new IllegalArgumentException("--vocab must be at least 2 and --context, --batch-tokens, --steps at least 1");
        }
        sizes.forEach(s -> ObserverSpec.named(s, context));
        int rows = Math.max(1, batchTokens / context);
        CpuPeak peak = CpuPeak.ofThisMachine();
        PrintWriter out = spec.commandLine().getOut();
        int side = StudyOptions.workers(workers);
        out.printf("observer training, vocab %d, context %d, %d rows per step, %d timed steps, %d observer(s) side by side"
                + " with %d PyTorch thread(s) each%n", vocab, context, rows, steps, side, ObserverThreads.perWorker(side));
        out.printf("CPU peak %.1f GFLOP/s = %d cores x %.2f GHz x %d FP32 FLOPs/cycle (%s)%n",
                peak.flopsPerSecond() / 1e9, peak.cores(), peak.gigahertz(), peak.flopsPerCycle(), peak.instructionSet());
        out.printf("%-8s %12s %12s %10s %10s %8s%n", "size", "parameters", "tokens/s", "ms/step", "GFLOP/s", "of peak");
        for (ObserverBenchmark.Figure f : ObserverBenchmark.run(sizes, vocab, context, rows, 3, steps, side)) {
            out.printf("%-8s %12d %12.0f %10.1f %10.1f %7.1f%%%n", f.size(), f.parameters(), f.tokensPerSecond(),
                    f.millisPerStep(), f.flopsPerSecond() / 1e9, 100 * f.flopsPerSecond() / peak.flopsPerSecond());
            out.flush();
        }
        return 0;
    }
}
