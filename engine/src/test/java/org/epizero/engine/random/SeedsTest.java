package org.epizero.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The derivations keep the formulas that recorded corpora and the study's measurements were
 * made with: a change here makes new games and measurements differ from the recorded ones.
 */
class SeedsTest {

    @Test
    void derivationsKeepTheirRecordedFormulas() {
        for (long base : new long[] {0, 1, 7, -3, Long.MAX_VALUE}) {
            for (long key : new long[] {0, 1, 5, 999}) {
                assertEquals(base * 1_000_003L + key, Seeds.derive(base, key));
                assertEquals(base ^ key, Seeds.salted(base, key));
                assertEquals(base * 0x9E3779B97F4A7C15L + key, Seeds.selfPlayGame(base, key));
                assertEquals(base ^ (0x9E3779B97F4A7C15L * (key + 1)), Seeds.randomGame(base, key));
            }
        }
    }

    @Test
    void severalKeysDeriveInTurn() {
        assertEquals(42, Seeds.derive(42));
        assertEquals(Seeds.derive(Seeds.derive(42, 3), 1), Seeds.derive(42, 3, 1));
    }
}
