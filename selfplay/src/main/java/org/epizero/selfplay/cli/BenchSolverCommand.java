package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.epizero.games.connect4.Connect4Benchmark;
import org.epizero.games.connect4.Connect4Solver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Connect-four solver speed on fixed sets of random positions. */
@Command(name = "solver", description = "Connect-four solver speed (positions/s, nodes/s) on fixed sets of random positions by disc count.")
final class BenchSolverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Connect4Solver solver = new Connect4Solver();
        Connect4Benchmark.solve("warm-up", Connect4Benchmark.randomPositions(3, 200, 26), solver);
        int[][] sets = {{32, 1000}, {26, 500}, {20, 100}, {16, 20}, {12, 10}};
        out.printf("%-10s %10s %10s %14s %12s%n", "discs", "positions", "seconds", "positions/s", "M nodes/s");
        for (int[] set : sets) {
            Connect4Benchmark.SolverSpeed r = Connect4Benchmark.solve(set[0] + " discs",
                    Connect4Benchmark.randomPositions(set[0], set[1], set[0]), solver);
            out.printf("%-10d %10d %10.2f %14.1f %12.2f%n", set[0], r.positions(), r.seconds(), r.positionsPerSecond(),
                    r.nodesPerSecond() / 1e6);
            out.flush();
        }
        return 0;
    }
}
