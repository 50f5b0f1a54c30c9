package org.epizero.selfplay.cli;

import org.epizero.engine.search.SearchConfig;
import picocli.CommandLine.Option;

/**
 * The search options of commands in which a checkpoint plays for strength ({@code evaluate},
 * {@code play}, {@code gtp}): the MCTS-solver and the lower-confidence-bound move choice, on top
 * of {@link SearchConfig#forPlay(int)}.
 */
final class MoveChoiceOptions {

    @Option(names = "--solver", description = "MCTS-solver: back up proven wins and losses, take a proven win, avoid proven losses")
    boolean solver;

    @Option(names = "--lcb", paramLabel = "STDEVS", defaultValue = "0",
            description = "choose the move by its lower confidence bound, Q minus STDEVS standard errors, among moves with at"
                    + " least 15% of the most visited one's visits; 0 plays the most visited move (default ${DEFAULT-VALUE})")
    double lcbStdevs;

    /** The search a move is chosen by, with {@code simulations} per move. */
    SearchConfig searchConfig(int simulations) {
        if (!(lcbStdevs >= 0) || Double.isInfinite(lcbStdevs)) {
            throw new IllegalArgumentException("--lcb must be a finite number of standard errors, at least 0, not " + lcbStdevs);
        }
        return SearchConfig.forPlay(simulations).withSolver(solver).withLcbStdevs(lcbStdevs);
    }

    /** How the search is described in reports, for example {@code search(256, solver, lcb 5)}. */
    String describe(int simulations) {
        return "search(" + simulations + (solver ? ", solver" : "") + (lcbStdevs > 0 ? ", lcb " + lcbStdevs : "") + ")";
    }
}
