package org.epizero.games.othello;

import org.epizero.engine.game.GameConformance;
import org.epizero.engine.game.GameRegistry;
import org.junit.jupiter.api.Test;

class OthelloConformanceTest {

    private final GameRegistry registry = GameRegistry.load();

    @Test
    void fourByFour() {
        GameConformance.check(registry.create("othello(size=4)"), 300, 4);
    }

    @Test
    void sixBySix() {
        GameConformance.check(registry.create("othello(size=6)"), 100, 6);
    }

    @Test
    void eightByEight() {
        GameConformance.check(registry.create("othello"), 40, 8);
    }

    @Test
    void tenByTen() {
        GameConformance.check(registry.create("othello(size=10)"), 15, 10);
    }
}
