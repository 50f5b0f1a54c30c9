package org.epizero.engine.nn;

import org.epizero.engine.game.GameConformance;
import org.junit.jupiter.api.Test;

class ColumnDropGameTest {

    @Test
    void testGamePassesConformance() {
        GameConformance.check(new ColumnDropGame(4, 5), 100, 3);
    }
}
