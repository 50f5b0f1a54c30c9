package org.epizero.engine.game;

import java.util.SplittableRandom;

/** Tables of random 64-bit keys for Zobrist hashing, reproducible from a seed. */
public final class Zobrist {

    private Zobrist() {
    }

    /** {@code count} pseudo-random keys drawn from {@code seed}; the same seed gives the same table. */
    public static long[] keys(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = random.nextLong();
        }
        return keys;
    }
}
