package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.selfplay.run.RunDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The whole pipeline on tic-tac-toe in a few minutes: train, evaluate, plot, measure epiplexity. */
@Command(name = "quickstart",
        description = {"Run the main job end to end on tic-tac-toe: self-play training with the shipped config,"
            + " evaluation against perfect play, charts, and a small epiplexity sweep of the run's checkpoints"
            + " against the bare rules. Re-running continues the same run and skips finished measurements."})
final class QuickstartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--run", defaultValue = "runs/quickstart-tictactoe", description = "run directory (default ${DEFAULT-VALUE})")
    Path runDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CommandLine root = spec.commandLine().getParent();
        boolean resume = new RunDirectory(runDir).exists();
        step(out, "1/4 self-play training (tic-tac-toe)" + (resume ? ", continuing " + runDir : ""));
        List<String> train = resume
                ? List.of("train", "--resume", "--run", runDir.toString())
                : List.of("train", "tictactoe", "--run", runDir.toString());
        int exit = root.execute(train.toArray(String[]::new));
        if (exit != 0) {
            return exit;
        }
        step(out, "2/4 evaluation against perfect play and random play");
        exit = root.execute("evaluate", runDir.toString(), "--against", "perfect,random", "--games", "100", "--simulations", "800");
        if (exit != 0) {
            return exit;
        }
        step(out, "3/4 charts");
        exit = root.execute("plot", runDir.toString());
        if (exit != 0) {
            return exit;
        }
        step(out, "4/4 epiplexity of self-play records against the bare rules (small observers, one seed)");
        Path epiplexity = runDir.resolve("epiplexity-quickstart");
        exit = root.execute("epiplexity-sweep", runDir.toString(), "--every", "10", "--observers", "tiny,small",
                "--seeds", "1", "--tokens", "30000", "--out", epiplexity.toString());
        if (exit == 0) {
            out.printf("%nquickstart done. Run directory: %s%n  training charts: %s%n  epiplexity: %s (results.csv and charts)%n"
                    + "  next: 'epizero help' for every command; analysis/RESULTS.md for the full study%n",
                    runDir, runDir.resolve("plots"), epiplexity);
            out.flush();
        }
        return exit;
    }

    private static void step(PrintWriter out, String title) {
        out.printf("%n== %s ==%n", title);
        out.flush();
    }
}
