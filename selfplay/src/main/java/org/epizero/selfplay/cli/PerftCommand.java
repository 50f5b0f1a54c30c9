package org.epizero.selfplay.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.Perft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Counts distinct positions and move sequences per ply: the rules' fingerprint, checked against known counts. */
@Command(name = "perft",
        description = {"Count, for each ply 0..D, the distinct positions reachable and the move sequences."
            + " A position where the game has ended is counted but not expanded."})
final class PerftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME", description = "game spec (see 'epizero games')")
    String game;

    @Option(names = {"-d", "--depth"}, required = true, description = "last ply to count (>= 0)")
    int depth;

    @Override
    public Integer call() {
        if (depth < 0) {
            throw new IllegalArgumentException("--depth must be at least 0, got " + depth);
        }
        Game g = GameRegistry.load().create(game);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("perft %s%n%4s %14s %14s %18s %18s%n", g.spec(), "ply", "positions", "ended", "sequences", "ended-sequences");
        out.flush();
        List<Perft.Ply> plies = Perft.count(g, depth, ply -> { });
        long positions = 0;
        long ended = 0;
        long games = 0;
        for (Perft.Ply p : plies) {
            out.printf("%4d %14d %14d %18d %18d%n", p.ply(), p.positions(), p.terminalPositions(), p.sequences(), p.endedSequences());
            positions += p.positions();
            ended += p.terminalPositions();
            games += p.endedSequences();
        }
        out.printf("total %d distinct positions (%d ended, %d not), %d finished games%n", positions, ended, positions - ended, games);
        out.flush();
        return 0;
    }
}
