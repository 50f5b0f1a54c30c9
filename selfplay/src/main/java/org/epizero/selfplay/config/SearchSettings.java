package org.epizero.selfplay.config;

import org.epizero.engine.search.GumbelSettings;
import org.epizero.engine.search.SearchConfig;

/**
 * The tree search that plays the self-play games: the run config's view of the engine's
 * {@link SearchConfig}, without its move-choice temperature, because self-play draws its moves
 * itself by {@link SelfPlaySettings#temperatureMoves()}. Validated by the engine's own checks.
 *
 * @param simulations new simulations per move (tree reuse keeps the chosen child's visits on top)
 * @param cPuct weight of the prior-driven exploration term of PUCT selection
 * @param fpuReduction an unvisited child is valued at its parent's mean value minus this
 * @param noiseWeight weight of the Dirichlet noise mixed into the root priors; 0 turns noise off
 * @param noiseAlpha concentration of the root noise; 0 or less means automatic,
 *     {@link SearchConfig#AUTO_ALPHA_SCALE} over the number of legal moves
 * @param reuseTree whether the chosen child's subtree becomes the next move's tree
 * @param leavesPerRound leaves one tree hands out per evaluation round (virtual loss); 1 is
 *     sequential search
 * @param gumbel Gumbel AlphaZero at the root instead of PUCT and Dirichlet noise (off unless
 *     {@code sampledActions} is positive; absent in configs saved before it existed, which is off)
 * @param solver MCTS-solver: proven wins and losses are backed up and steer selection and the
 *     move choice ({@link SearchConfig#solver()})
 * @param forcedPlayouts KataGo's forced playouts and policy-target pruning at the root, this
 *     {@code k}; 0 is off ({@link SearchConfig#forcedPlayouts()})
 */
public record SearchSettings(int simulations, double cPuct, double fpuReduction, double noiseWeight, double noiseAlpha,
        boolean reuseTree, int leavesPerRound, GumbelSettings gumbel, boolean solver, double forcedPlayouts) {

    /*
     * The temperature handed to the engine's search. Self-play ignores a PUCT search's own choice,
     * but that choice draws from the search's generator, which also draws the root noise: every
     * run so far searched with 1, and any other value would change the noise of later moves. A
     * Gumbel root draws its Gumbel noise at a positive temperature, and self-play plays its choice.
     */
    private static final double UNUSED_SEARCH_TEMPERATURE = 1.0;

    public SearchSettings {
        if (gumbel == null) {
            gumbel = GumbelSettings.OFF;
        }
        // The fields are assigned only after this body, so the check builds from the parameters.
        engineConfig(simulations, cPuct, fpuReduction, noiseWeight, noiseAlpha, reuseTree, leavesPerRound, gumbel, solver, forcedPlayouts);
    }

    /** The engine's search settings for self-play. */
    public SearchConfig toSearchConfig() {
        return engineConfig(simulations, cPuct, fpuReduction, noiseWeight, noiseAlpha, reuseTree, leavesPerRound, gumbel, solver, forcedPlayouts);
    }

    private static SearchConfig engineConfig(int simulations, double cPuct, double fpuReduction, double noiseWeight,
            double noiseAlpha, boolean reuseTree, int leavesPerRound, GumbelSettings gumbel, boolean solver, double forcedPlayouts) {
        return new SearchConfig(simulations, cPuct, fpuReduction, noiseWeight, noiseAlpha, UNUSED_SEARCH_TEMPERATURE,
                reuseTree, leavesPerRound, gumbel, solver, 0, forcedPlayouts);
    }
}
