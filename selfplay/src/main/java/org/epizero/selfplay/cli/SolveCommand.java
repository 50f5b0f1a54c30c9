package org.epizero.selfplay.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.epizero.games.connect4.Connect4;
import org.epizero.games.connect4.Connect4Solver;
import org.epizero.games.connect4.Connect4State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The perfect connect-four player as a filter: positions in, the exact score of every move out. */
@Command(name = "solve",
        description = {"Solve connect-four positions read from stdin, one move string per line (e.g. 4453)."
            + " Prints each line followed by the score of playing each column 1-7, from the side to move:"
            + " a win with the winner's k-th disc scores 22-k, a loss the negative, a draw 0, a full column -1000."
            + " A bad line gets an error on stderr naming it; the other lines are still solved."})
final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME", description = "the game to solve: connect4")
    String game;

    @Override
    public Integer call() throws IOException {
        if (!game.strip().equalsIgnoreCase("connect4")) {
            throw new IllegalArgumentException("no solver for '" + game + "': 'solve' knows connect4");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Connect4Solver solver = new Connect4Solver();
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
                Connect4State state = Connect4.fromMoves(moves);
                if (state.isTerminal()) {
                    throw new IllegalArgumentException("the game is already over");
                }
                StringBuilder sb = new StringBuilder(moves);
                for (int score : solver.scoreMoves(state)) {
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
}
