package org.epizero.engine.search;

/**
 * Gumbel AlphaZero's root search (Danihelka et al., "Policy improvement by planning with Gumbel",
 * ICLR 2022), as an alternative to PUCT at the root; nodes below the root keep PUCT.
 *
 * @param sampledActions m, the number of root actions drawn without replacement by Gumbel top-m
 *     (fewer when fewer are legal) and then narrowed by sequential halving; 0 turns Gumbel off and
 *     the root selects by PUCT. The paper's 16 suits board games with small budgets.
 * @param cVisit the transformation {@code sigma(q) = (cVisit + max_b N(b)) * cScale * q} of a
 *     value {@code q} in [0, 1]: a larger cVisit trusts the search's values sooner. Paper: 50.
 * @param cScale the scale of that transformation. Paper: 1.
 */
public record GumbelSettings(int sampledActions, double cVisit, double cScale) {

    /** PUCT at the root (Gumbel off), with the paper's constants kept for when it is turned on. */
    public static final GumbelSettings OFF = new GumbelSettings(0, 50, 1);

    public GumbelSettings {
        if (sampledActions < 0) {
            throw new IllegalArgumentException("sampledActions must be non-negative (0: Gumbel off), got " + sampledActions);
        }
        if (!(cVisit >= 0) || Double.isInfinite(cVisit)) {
            throw new IllegalArgumentException("cVisit must be finite and non-negative, got " + cVisit);
        }
        if (!(cScale > 0) || Double.isInfinite(cScale)) {
            throw new IllegalArgumentException("cScale must be finite and positive, got " + cScale);
        }
    }

    /** The paper's constants with {@code m} sampled actions. */
    public static GumbelSettings sampling(int m) {
        return new GumbelSettings(m, OFF.cVisit, OFF.cScale);
    }

    /** Whether the root searches with Gumbel top-m and sequential halving. */
    public boolean enabled() {
        return sampledActions > 0;
    }

    /** {@code sigma(q)} for a value {@code q} in [0, 1] when the most visited root action has {@code maxVisits}. */
    double sigma(double q, int maxVisits) {
        return (cVisit + maxVisits) * cScale * q;
    }
}
