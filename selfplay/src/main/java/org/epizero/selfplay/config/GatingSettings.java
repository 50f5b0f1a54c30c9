package org.epizero.selfplay.config;

/**
 * Whether a freshly trained network must beat the current self-play network before it plays
 * the next generation's games (AlphaGo Zero's evaluator). Off by default, as in AlphaZero: the
 * latest network always plays. When on, a rejected candidate's checkpoint is still written and
 * the learner keeps training from it; only the games' generator stays the older network.
 *
 * @param enabled whether to gate at all
 * @param games arena games per gate, colours alternated
 * @param simulations search simulations per move in the arena (no root noise, most visited move)
 * @param threshold the candidate's score (wins plus half the draws, over games) needed to replace
 *     the current network
 */
public record GatingSettings(boolean enabled, int games, int simulations, double threshold) {

    /** No gating: the latest network always plays. */
    public static final GatingSettings OFF = new GatingSettings(false, 40, 64, 0.55);

    public GatingSettings {
        if (games < 2 || simulations < 1) {
            throw new IllegalArgumentException("gating needs games >= 2 and simulations >= 1");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("gating threshold must be in [0, 1], got " + threshold);
        }
    }
}
