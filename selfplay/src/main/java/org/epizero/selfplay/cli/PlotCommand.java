package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.selfplay.report.MetricsCharts;
import org.epizero.selfplay.run.GenerationMetrics;
import org.epizero.selfplay.run.MetricsLog;
import org.epizero.selfplay.run.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Draws a run's metrics as PNG charts in its plots directory. */
@Command(name = "plot", description = "Write PNG charts of a run's losses, outcomes, exploration and throughput to RUN/plots.")
final class PlotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "run directory")
    Path runDir;

    @Override
    public Integer call() throws Exception {
        RunDirectory run = new RunDirectory(runDir);
        if (!run.exists()) {
            throw new IllegalArgumentException(runDir + " holds no run (no config.json)");
        }
        List<GenerationMetrics> metrics = new MetricsLog(run.metricsFile()).read();
        PrintWriter out = spec.commandLine().getOut();
        List<Integer> missing = new ArrayList<>();
        int last = metrics.stream().mapToInt(GenerationMetrics::generation).max().orElse(-1);
        for (int g = 0; g <= last; g++) {
            int generation = g;
            if (metrics.stream().noneMatch(m -> m.generation() == generation)) {
                missing.add(g);
            }
        }
        if (!missing.isEmpty()) {
            out.println("note: " + run.metricsFile() + " has no line for generation(s) " + missing
                    + "; the charts skip them ('train --resume' rebuilds lines kept with their checkpoints)");
        }
        List<Path> charts = MetricsCharts.write(metrics, runDir.getFileName().toString(), run.plotsDir());
        charts.forEach(c -> out.println("wrote " + c));
        out.flush();
        return 0;
    }
}
