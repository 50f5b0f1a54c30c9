package org.epizero.selfplay.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.InvalidGameSpecException;
import org.epizero.engine.services.PositionSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A game's exact solver as a filter: positions in, the exact score of every move out. */
@Command(name = "solve",
        description = {"Solve positions of a game that declares a solver, read from stdin one per line."
            + " Prints each line followed by the score of every move from the side to move;"
            + " 'epizero games' shows how each solver writes positions and what its scores mean."
            + " A bad line gets an error on stderr naming it; the other lines are still solved."})
final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME", completionCandidates = DeclaredServices.SolvableGames.class,
            description = "the game to solve: ${COMPLETION-CANDIDATES}")
    String game;

    @Override
    public Integer call() throws IOException {
        PositionSolver solver = solverOf(game);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        int bad = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            String moves = line.strip();
            if (moves.isEmpty()) {
                continue;
            }
            try {
                StringBuilder sb = new StringBuilder(moves);
                for (int score : solver.scoreMoves(moves)) {
                    sb.append(' ').append(score);
                }
                out.println(sb);
                out.flush();
            } catch (IllegalArgumentException e) {
                bad++;
                err.println("epizero solve: line " + lineNumber + ": " + e.getMessage());
                err.flush();
            }
        }
        return bad == 0 ? 0 : EpiZeroCli.EXIT_FAILURE;
    }

    /** The solver {@code spec}'s game declares, or an error naming the games that declare one. */
    private static PositionSolver solverOf(String spec) {
        try {
            Optional<PositionSolver> solver = GameRegistry.load().create(spec.strip().toLowerCase(Locale.ROOT)).services().solver();
            if (solver.isPresent()) {
                return solver.get();
            }
        } catch (InvalidGameSpecException e) {
            // an unknown game has no solver either: reported below
        }
        throw new IllegalArgumentException("no solver for '" + spec + "': 'solve' knows "
                + String.join(", ", DeclaredServices.gamesWith(s -> s.solver().isPresent())));
    }
}
