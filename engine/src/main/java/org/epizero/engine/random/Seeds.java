package org.epizero.engine.random;

/**
 * Every seed that is computed from another seed, so that each derivation is written once and
 * seeded streams stay apart. {@link #derive} is the one to use for anything new: the members of a
 * family (generation {@code g} of a run, game {@code g} of a match, chunk {@code c} of a corpus)
 * and, with a constant key, a family for a separate purpose.
 *
 * <p>The other derivations keep formulas that recorded data depends on: bare-rules corpora and
 * cached evaluation corpora are identified by their seeds and regenerated game by game, and the
 * epiplexity measurements of the study are reproduced from theirs, so changing one would make
 * new games and measurements differ from the recorded ones for the same seed.
 */
public final class Seeds {

    /** Above every key in use, so that small bases and keys never give two members one seed. */
    private static final long FAMILY_MULTIPLIER = 1_000_003L;

    /** 2^64 divided by the golden ratio, the increment of {@link java.util.SplittableRandom}. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /**
     * The seed of member {@code keys} of the family {@code base}: {@code base * 1_000_003 + key}
     * for each key in turn, so that {@code derive(b, k1, k2) == derive(derive(b, k1), k2)}.
     */
    public static long derive(long base, long... keys) {
        long seed = base;
        for (long key : keys) {
            seed = seed * FAMILY_MULTIPLIER + key;
        }
        return seed;
    }

    /**
     * {@code base} for a second use beside its first, kept apart by {@code salt}: {@code base ^ salt}
     * (the sampling of the requential estimator, a self-play game's search beside its move choice).
     */
    public static long salted(long base, long salt) {
        return base ^ salt;
    }

    /**
     * The seed of game {@code index} of a batch of self-play or raw-policy games seeded
     * {@code base}: {@code base * 0x9E3779B97F4A7C15 + index}. Evaluation corpora are cached under
     * the seeds of their chunks and grown from them.
     */
    public static long selfPlayGame(long base, long index) {
        return base * GOLDEN_GAMMA + index;
    }

    /**
     * The seed of game {@code index} of the uniformly random (bare-rules) corpus seeded
     * {@code base}: {@code base ^ (0x9E3779B97F4A7C15 * (index + 1))}. Any game of such a corpus
     * is regenerated from its record's seed and index.
     */
    public static long randomGame(long base, long index) {
        return base ^ (GOLDEN_GAMMA * (index + 1));
    }
}
