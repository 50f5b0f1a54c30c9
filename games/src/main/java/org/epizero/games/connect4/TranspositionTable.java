package org.epizero.games.connect4;

import java.util.Arrays;

/**
 * A fixed-size, always-replace table of proven score bounds keyed by the exact position key.
 * Each slot is one long: the 49-bit key, the bound's kind and the score, so a hit is checked
 * against the whole key and never confuses two positions.
 */
final class TranspositionTable {

    static final int NONE = 0;
    /** The true score is at most the stored one. */
    static final int UPPER = 1;
    /** The true score is at least the stored one. */
    static final int LOWER = 2;

    private static final int SCORE_BITS = 6;
    private static final int SCORE_OFFSET = 32;
    private static final int PAYLOAD_BITS = SCORE_BITS + 2;

    private final long[] slots;
    private final int shift;

    /** A table of {@code 2^log2Size} slots (8 bytes each). */
    TranspositionTable(int log2Size) {
        if (log2Size < 4 || log2Size > 30) {
            throw new IllegalArgumentException("table size must be 2^4..2^30 slots, got 2^" + log2Size);
        }
        slots = new long[1 << log2Size];
        shift = 64 - log2Size;
    }

    /** The slot holding {@code key}, or 0 when the table has nothing for it. */
    long probe(long key) {
        long slot = slots[index(key)];
        return slot >>> PAYLOAD_BITS == key ? slot : 0;
    }

    /** The bound kind of a probed slot: {@link #NONE}, {@link #UPPER} or {@link #LOWER}. */
    static int kind(long slot) {
        return (int) (slot >>> SCORE_BITS) & 3;
    }

    /** The score of a probed slot. */
    static int score(long slot) {
        return (int) (slot & ((1 << SCORE_BITS) - 1)) - SCORE_OFFSET;
    }

    /** Stores a bound for {@code key}, replacing whatever the slot held. */
    void store(long key, int kind, int score) {
        slots[index(key)] = key << PAYLOAD_BITS | (long) kind << SCORE_BITS | (score + SCORE_OFFSET);
    }

    /** Forgets everything. */
    void clear() {
        Arrays.fill(slots, 0);
    }

    private int index(long key) {
        return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> shift);
    }
}
