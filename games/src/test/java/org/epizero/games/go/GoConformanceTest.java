package org.epizero.games.go;

import org.epizero.engine.game.GameConformance;
import org.epizero.engine.game.GameRegistry;
import org.junit.jupiter.api.Test;

class GoConformanceTest {

    private final GameRegistry registry = GameRegistry.load();

    @Test
    void nineByNine() {
        GameConformance.check(registry.create("go(size=9)"), 40, 9);
    }

    @Test
    void fiveByFive() {
        GameConformance.check(registry.create("go(size=5,komi=0.5)"), 150, 5);
    }

    @Test
    void nineteenByNineteen() {
        GameConformance.check(registry.create("go(size=19)"), 4, 19);
    }

    @Test
    void twoByTwoWithIntegerKomiAndDraws() {
        GameConformance.check(registry.create("go(size=2,komi=0)"), 400, 2);
    }
}
