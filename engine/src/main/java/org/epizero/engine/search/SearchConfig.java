package org.epizero.engine.search;

/**
 * The parameters of one Monte Carlo tree search (PUCT selection, AlphaZero style). Immutable;
 * change one field with the {@code with...} methods.
 *
 * @param simulations new simulations per search (each one evaluated leaf or reached end of game);
 *     with tree reuse the visits kept from the previous move come on top. Default 200.
 * @param cPuct weight of the prior-driven exploration term
 *     {@code cPuct * P(a) * sqrt(N(parent)) / (1 + N(a))}. Default 1.5.
 * @param fpuReduction first-play urgency: an unvisited child is valued at the parent's mean value
 *     (from the view of the player to move there) minus this reduction. Default 0.25.
 * @param noiseWeight weight {@code w} of Dirichlet noise mixed into the root priors once per
 *     search, {@code P' = (1 - w) P + w eta}; 0 turns noise off. Default 0.25.
 * @param noiseAlpha concentration of the symmetric Dirichlet; 0 or less means automatic,
 *     {@link #AUTO_ALPHA_SCALE} divided by the number of legal moves at the root (0.3 for chess-like
 *     30 moves, about 0.12 on an empty 9x9 Go board, as AlphaZero's 0.3 and 0.03 for 19x19).
 *     Default automatic.
 * @param temperature temperature of the move choice from root visit counts: 0 picks the most
 *     visited action, 1 samples in proportion to visits, {@code t} in proportion to
 *     {@code N^(1/t)}. Default 1 (self-play); use 0 for strongest play.
 * @param reuseTree whether playing a move keeps the chosen child's subtree as the next root.
 *     Default true.
 * @param leavesPerRound how many leaves one tree may hand out per evaluation round, spread over
 *     the tree by virtual loss (each pending visit counts as a loss); 1 means plain sequential
 *     search. Default 1.
 * @param gumbel Gumbel AlphaZero at the root instead of PUCT and Dirichlet noise: its result's
 *     policy is then the completed-Q improved policy, and its move the action that survives
 *     sequential halving (with Gumbel noise at a positive temperature, without at 0). Default off.
 * @param solver MCTS-solver: a node whose children prove its game-theoretic value (one winning
 *     move, or every move proven) is marked proven; selection then follows proven values instead
 *     of mean values, never enters a move proven lost while another remains (a Gumbel root still
 *     visits its considered moves by its schedule), and the move choice takes a proven win and
 *     avoids proven losses. Default off.
 * @param lcbStdevs at temperature 0, choose the move by the lower confidence bound
 *     {@code Q - lcbStdevs * sqrt(var / N)} among the moves with at least
 *     {@link #LCB_MIN_VISIT_SHARE} of the most visited move's visits, instead of the most visited
 *     move (KataGo's and Leela Zero's final move choice); 0 turns it off. Default 0.
 * @param forcedPlayouts KataGo's forced playouts with policy-target pruning, in full searches (not
 *     the fast ones, without root noise, of a playout cap): a root move with prior {@code P} is visited until it has {@code sqrt(k P N)} of the
 *     root's {@code N} visits, and the policy target then takes back from each move other than the
 *     most visited as many of those visits as leave its PUCT score below the most visited one's (a
 *     move left with one visit drops out). This is {@code k}; 0 turns it off. Default 0.
 */
public record SearchConfig(
        int simulations,
        double cPuct,
        double fpuReduction,
        double noiseWeight,
        double noiseAlpha,
        double temperature,
        boolean reuseTree,
        int leavesPerRound,
        GumbelSettings gumbel,
        boolean solver,
        double lcbStdevs,
        double forcedPlayouts) {

    /** Automatic Dirichlet alpha is this scale divided by the number of legal moves at the root. */
    public static final double AUTO_ALPHA_SCALE = 10.0;

    /** Moves with fewer visits than this share of the most visited one are never chosen by LCB. */
    public static final double LCB_MIN_VISIT_SHARE = 0.15;

    public SearchConfig {
        if (simulations < 1) {
            throw new IllegalArgumentException("simulations must be at least 1, got " + simulations);
        }
        requireFinite(cPuct, "cPuct");
        requireFinite(fpuReduction, "fpuReduction");
        requireFinite(noiseAlpha, "noiseAlpha");
        if (cPuct < 0) {
            throw new IllegalArgumentException("cPuct must be non-negative, got " + cPuct);
        }
        if (!(noiseWeight >= 0 && noiseWeight <= 1)) {
            throw new IllegalArgumentException("noiseWeight must be in [0, 1], got " + noiseWeight);
        }
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and non-negative, got " + temperature);
        }
        if (leavesPerRound < 1) {
            throw new IllegalArgumentException("leavesPerRound must be at least 1, got " + leavesPerRound);
        }
        if (gumbel == null) {
            throw new IllegalArgumentException("gumbel settings are required (GumbelSettings.OFF for PUCT)");
        }
        if (!(lcbStdevs >= 0) || Double.isInfinite(lcbStdevs)) {
            throw new IllegalArgumentException("lcbStdevs must be finite and non-negative, got " + lcbStdevs);
        }
        if (!(forcedPlayouts >= 0) || Double.isInfinite(forcedPlayouts)) {
            throw new IllegalArgumentException("forcedPlayouts must be finite and non-negative, got " + forcedPlayouts);
        }
    }

    /** The documented defaults, meant for self-play (root noise on, temperature 1). */
    public static SearchConfig defaults() {
        return new SearchConfig(200, 1.5, 0.25, 0.25, 0, 1.0, true, 1, GumbelSettings.OFF, false, 0, 0);
    }

    /** Strongest-play settings: no root noise, temperature 0, the other defaults. */
    public static SearchConfig forPlay(int simulations) {
        return defaults().withSimulations(simulations).withNoiseWeight(0).withTemperature(0);
    }

    public SearchConfig withSimulations(int value) {
        return new SearchConfig(value, cPuct, fpuReduction, noiseWeight, noiseAlpha, temperature,
                reuseTree, leavesPerRound, gumbel, solver, lcbStdevs, forcedPlayouts);
    }

    public SearchConfig withCPuct(double value) {
        return new SearchConfig(simulations, value, fpuReduction, noiseWeight, noiseAlpha, temperature,
                reuseTree, leavesPerRound, gumbel, solver, lcbStdevs, forcedPlayouts);
    }

    public SearchConfig withNoiseWeight(double value) {
        return new SearchConfig(simulations, cPuct, fpuReduction, value, noiseAlpha, temperature,
                reuseTree, leavesPerRound, gumbel, solver, lcbStdevs, forcedPlayouts);
    }

    public SearchConfig withNoiseAlpha(double value) {
        return new SearchConfig(simulations, cPuct, fpuReduction, noiseWeight, value, temperature,
                reuseTree, leavesPerRound, gumbel, solver, lcbStdevs, forcedPlayouts);
    }

    public SearchConfig withTemperature(double value) {
        return new SearchConfig(simulations, cPuct, fpuReduction, noiseWeight, noiseAlpha, value,
                reuseTree, leavesPerRound, gumbel, solver, lcbStdevs, forcedPlayouts);
    }

    public SearchConfig withReuseTree(boolean value) {
        return new SearchConfig(simulations, cPuct, fpuReduction, noiseWeight, noiseAlpha, temperature,
                value, leavesPerRound, gumbel, solver, lcbStdevs, forcedPlayouts);
    }

    public SearchConfig withLeavesPerRound(int value) {
        return new SearchConfig(simulations, cPuct, fpuReduction, noiseWeight, noiseAlpha, temperature,
                reuseTree, value, gumbel, solver, lcbStdevs, forcedPlayouts);
    }

    public SearchConfig withGumbel(GumbelSettings value) {
        return new SearchConfig(simulations, cPuct, fpuReduction, noiseWeight, noiseAlpha, temperature,
                reuseTree, leavesPerRound, value, solver, lcbStdevs, forcedPlayouts);
    }

    public SearchConfig withSolver(boolean value) {
        return new SearchConfig(simulations, cPuct, fpuReduction, noiseWeight, noiseAlpha, temperature,
                reuseTree, leavesPerRound, gumbel, value, lcbStdevs, forcedPlayouts);
    }

    public SearchConfig withLcbStdevs(double value) {
        return new SearchConfig(simulations, cPuct, fpuReduction, noiseWeight, noiseAlpha, temperature,
                reuseTree, leavesPerRound, gumbel, solver, value, forcedPlayouts);
    }

    public SearchConfig withForcedPlayouts(double value) {
        return new SearchConfig(simulations, cPuct, fpuReduction, noiseWeight, noiseAlpha, temperature,
                reuseTree, leavesPerRound, gumbel, solver, lcbStdevs, value);
    }

    /** The Dirichlet alpha used at a root with {@code legalMoves} legal moves. */
    public double dirichletAlpha(int legalMoves) {
        return noiseAlpha > 0 ? noiseAlpha : AUTO_ALPHA_SCALE / legalMoves;
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }
}
