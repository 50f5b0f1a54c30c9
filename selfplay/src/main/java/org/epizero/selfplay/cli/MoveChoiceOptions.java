package org.epizero.selfplay.cli;

import org.epizero.engine.search.GumbelSettings;
import org.epizero.engine.search.SearchConfig;
import picocli.CommandLine.Option;

/**
 * The search options of commands in which a checkpoint plays for strength ({@code evaluate},
 * {@code play}, {@code gtp}): the MCTS-solver, the lower-confidence-bound move choice and a
 * Gumbel root, on top of {@link SearchConfig#forPlay(int)}.
 */
final class MoveChoiceOptions {

    @Option(names = "--solver", description = "MCTS-solver: back up proven wins and losses, take a proven win, avoid proven losses")
    boolean solver;

    @Option(names = "--lcb", paramLabel = "STDEVS", defaultValue = "0",
            description = "choose the move by its lower confidence bound, Q minus STDEVS standard errors, among moves with at"
                    + " least 15% of the most visited one's visits (PUCT only); 0 plays the most visited move (default ${DEFAULT-VALUE})")
    double lcbStdevs;

    @Option(names = "--gumbel", paramLabel = "M", defaultValue = "0",
            description = "Gumbel AlphaZero root: the M moves of largest prior narrowed by sequential halving (no noise when"
                    + " playing for strength); 0 searches with PUCT (default ${DEFAULT-VALUE})")
    int gumbelActions;

    /** The search a move is chosen by, with {@code simulations} per move. */
    SearchConfig searchConfig(int simulations) {
        if (!(lcbStdevs >= 0) || Double.isInfinite(lcbStdevs)) {
            throw new IllegalArgumentException("--lcb must be a finite number of standard errors, at least 0, not " + lcbStdevs);
        }
        if (gumbelActions < 0) {
            throw new IllegalArgumentException("--gumbel must be at least 0 sampled moves, not " + gumbelActions);
        }
        SearchConfig config = SearchConfig.forPlay(simulations).withSolver(solver).withLcbStdevs(lcbStdevs);
        return gumbelActions > 0 ? config.withGumbel(GumbelSettings.sampling(gumbelActions)) : config;
    }

    /** How the search is described in reports, for example {@code search(256, solver, lcb 5.0)}. */
    String describe(int simulations) {
        return "search(" + simulations + (gumbelActions > 0 ? ", gumbel " + gumbelActions : "") + (solver ? ", solver" : "")
                + (lcbStdevs > 0 ? ", lcb " + lcbStdevs : "") + ")";
    }
}
